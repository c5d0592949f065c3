"""Payments started sending `currency`; someone typed it into the generated module."""

import codegen
from models_generated import PaymentResponse

payload = {
    "payment_id": "pay_91",
    "order_id": 7,
    "amount_cents": 1200,
    "currency": "USD",
}
print(PaymentResponse.model_validate(payload).currency)  # works today: nobody notices
#> USD

# The committed module no longer matches its source, and no check says so.
committed = codegen.generated_module().read_text()
print(committed == codegen.render(codegen.load_contract()))
#> False

# Months later a teammate adds a field to contract.toml and runs `task codegen`:
# the module is rendered from the contract again, and the hand edit is gone.
regenerated = codegen.render(codegen.load_contract())
print("currency" in regenerated)
#> False
