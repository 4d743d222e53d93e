"""Qt table and tree models over frozen rows from the services."""
