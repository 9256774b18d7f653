"""Qt table models over the workbook, all built on the template in ui.models.base."""
