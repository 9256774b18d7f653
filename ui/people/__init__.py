"""The parts of the People and organisations page: tabs, editors and the import dialog."""
