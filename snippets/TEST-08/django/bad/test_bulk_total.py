from django.test import TestCase
from shop.models import Product
from shop.pricing import bulk_total_cents


class TestBulkTotal(TestCase):  # [TEST-08]
    @classmethod
    def setUpTestData(cls) -> None:
        cls.tea = Product.objects.create(name="tea", unit_cents=1_000)

    def test_ten_items_take_ten_percent_off(self) -> None:
        # assertTrue's second argument is the failure message, not the expected value
        self.assertTrue(bulk_total_cents(10, self.tea.unit_cents), 9_000)  # [TEST-08]

    def test_zero_items_are_refused(self) -> None:
        with self.assertRaises(ValueError):  # [TEST-08]
            bulk_total_cents(0, self.tea.unit_cents)
