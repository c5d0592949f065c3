"""The checkout app: quotes, priced through the catalog's services."""
