"""This release: order references become unique."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = (("shop", "0001_initial"),)
    operations = (
        migrations.AlterField(
            model_name="order",
            name="ref",
            field=models.CharField(max_length=20, unique=True),
        ),
    )
