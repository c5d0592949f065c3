"""The drift check run by CI: the committed module is what the generator renders."""

import codegen
from models_generated import PaymentResponse

committed = codegen.generated_module().read_text()
print(committed == codegen.render(codegen.load_contract()))
#> True

payload = {
    "payment_id": "pay_91",
    "order_id": 7,
    "amount_cents": 1200,
    "currency": "USD",
}
print(PaymentResponse.model_validate(payload))
#> payment_id='pay_91' order_id=7 amount_cents=1200 currency='USD'
