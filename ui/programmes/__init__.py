"""The Programmes page's parts: register model, filters, editor tabs, budget grid, KPIs."""
