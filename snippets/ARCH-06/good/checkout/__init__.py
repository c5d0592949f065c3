"""The checkout feature: turning a cart into a price the customer pays."""
