import io
import unittest


def bulk_total_cents(quantity: int, unit_cents: int) -> int:
    """Ten or more items get 10% off."""
    if quantity < 1:
        raise ValueError("quantity must be positive")
    subtotal = quantity * unit_cents
    return subtotal * 90 // 100 if quantity > 10 else subtotal  # bug: from 11


class TestBulkTotal(unittest.TestCase):  # [TEST-08]
    def setUp(self) -> None:
        self.unit_cents = 1_000

    def test_ten_items_take_ten_percent_off(self) -> None:
        # assertTrue's second argument is the failure message, not the expected value
        self.assertTrue(bulk_total_cents(10, self.unit_cents), 9_000)  # [TEST-08]

    def test_zero_items_are_refused(self) -> None:
        with self.assertRaises(ValueError):  # [TEST-08]
            bulk_total_cents(0, self.unit_cents)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestBulkTotal)
result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print(result.testsRun, result.wasSuccessful())
#> 2 True
# Green, while ten items are still charged in full.
print(bulk_total_cents(10, 1_000))
#> 10000
