"""ASYNC-03 task-sent-in-transaction: Celery tasks queued before the commit."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "task-sent-in-transaction"


def test_tasks_queued_inside_a_transaction() -> None:
    assert_detects(
        NAME,
        """
        from celery import Celery, shared_task
        from django.db import transaction

        from .tasks import notify_warehouse

        app = Celery("shop")

        @app.task
        def send_receipt(order_id): ...

        @shared_task(bind=True)
        def charge(self, order_id): ...

        def place_order(email):
            with transaction.atomic():
                order = Order.objects.create(email=email)
                send_receipt.delay(order.pk)  # [ASYNC-03]
                if order.express:
                    charge.apply_async((order.pk,), countdown=5)  # [ASYNC-03]
            return order

        @transaction.atomic
        def ship(order):
            order.ship()
            notify_warehouse.delay(order.pk)  # [ASYNC-03]
        """,
    )


def test_tasks_queued_after_the_commit_or_outside_one_pass() -> None:
    assert_detects(
        NAME,
        """
        from functools import partial

        from celery import Celery
        from django.db import transaction

        app = Celery("shop")

        @app.task(autoretry_for=(OSError,), retry_backoff=True)
        def run_job(job_id): ...

        def place_order(email):
            with transaction.atomic():
                order = Order.objects.create(email=email)
                job = Job.objects.create(kind="receipt", payload={"order": order.pk})
                transaction.on_commit(lambda: run_job.delay(job.pk))
                transaction.on_commit(partial(run_job.delay, job.pk))

                def later():
                    run_job.delay(job.pk)

                transaction.on_commit(later)
            run_job.delay(job.pk)
            return order

        def unrelated():
            with transaction.atomic():
                scheduler.delay(5)
        """,
    )


def test_without_django_nothing_is_reported() -> None:
    assert_detects(
        NAME,
        """
        from celery import Celery

        app = Celery("shop")

        @app.task
        def send_receipt(order_id): ...

        def place_order(session):
            with session.begin():
                send_receipt.delay(1)
        """,
    )
