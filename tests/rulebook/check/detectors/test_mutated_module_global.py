"""Tests of the mutated-module-global detector (AP-PY05)."""

from __future__ import annotations

from tests.checking import assert_detects


def test_containers_changed_in_functions_are_reported() -> None:
    assert_detects(
        "mutated-module-global",
        """
        from collections import defaultdict

        _cache: dict[str, int] = {}
        _seen = set()
        pending_orders = []
        _pending = []
        _counts = defaultdict(int)

        def price(sku: str) -> int:
            _cache[sku] = 100  # [AP-PY05]
            _seen.add(sku)  # [AP-PY05]
            _counts[sku] += 1  # [AP-PY05]
            pending_orders.append(sku)
            return _cache[sku]

        class Queue:
            def push(self, item: str) -> None:
                _pending.append(item)  # [AP-PY05]

            def drop(self, sku: str) -> None:
                del _cache[sku]  # [AP-PY05]
        """,
    )


def test_reads_locals_import_time_and_registering_decorators_are_not_reported() -> None:
    assert_detects(
        "mutated-module-global",
        """
        HANDLERS: dict[str, object] = {}
        __all__ = ["lookup"]
        LIMITS = (1, 2)
        _items = []
        _items.append(1)

        def handler(function):
            HANDLERS[function.__name__] = function
            return function

        def lookup(name: str) -> object:
            __all__.append(name)
            return HANDLERS.get(name)

        def local(items: list[int]) -> None:
            _items = [1]
            _items.append(2)
            items.append(3)

        def shadowed(_items: list[int]) -> None:
            _items.append(4)
        """,
    )


def test_each_line_is_reported_once() -> None:
    assert_detects(
        "mutated-module-global",
        """
        _a = {}
        _b = []

        def both() -> None:
            _b.append(_a.setdefault("k", 1))  # [AP-PY05]
        """,
    )
