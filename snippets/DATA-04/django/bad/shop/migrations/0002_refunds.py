"""Move the refunded flag into a refunds table."""

from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps


def copy_refunds(apps: StateApps, _schema_editor: BaseDatabaseSchemaEditor) -> None:
    order, refund = apps.get_model("shop", "Order"), apps.get_model("shop", "Refund")
    refund._default_manager.bulk_create(
        refund(order=paid, amount_cents=paid.total_cents)
        for paid in order._default_manager.filter(refunded=True)
    )


class Migration(migrations.Migration):
    dependencies = (("shop", "0001_initial"),)
    operations = (
        migrations.CreateModel(
            name="Refund",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("amount_cents", models.PositiveIntegerField()),
                (
                    "order",
                    models.ForeignKey(
                        on_delete=models.PROTECT,
                        related_name="refunds",
                        to="shop.order",
                    ),
                ),
            ],
        ),
        migrations.RunPython(copy_refunds),  # [DATA-04]
        migrations.RemoveField(model_name="order", name="refunded"),
    )
