"""NAME-01 vague-module-name: role-less module names inside feature packages."""

from __future__ import annotations

import textwrap
from pathlib import Path, PurePosixPath

from rulebook.check.detectors import Project, all_detectors
from rulebook.check.module import Module, role_of

NAME = "vague-module-name"

SERVICE = "class DeliveryService:\n    pass\n"
REPOSITORY = "class InMemoryDeliveryRepository:\n    pass\n"
RESPONSE = """
from pydantic import BaseModel

class DeliveryResponse(BaseModel):
    id: int
"""


def reported(files: dict[str, str]) -> list[tuple[str, int]]:
    modules = tuple(
        Module.parse(Path(path), textwrap.dedent(text), role_of(PurePosixPath(path)))
        for path, text in files.items()
    )
    detector = all_detectors()[NAME]
    assert detector.detect_project is not None
    project = Project(Path(), modules)
    return sorted(
        (hit.path.as_posix(), hit.line) for hit in detector.detect_project(project)
    )


def test_vague_names_in_a_feature_package_are_reported_at_line_one() -> None:
    assert reported(
        {
            "app/delivery/manager.py": SERVICE,
            "app/delivery/utils.py": REPOSITORY,
            "app/delivery/helpers.py": "X = 1\n",
            "app/delivery/common.py": "",
        }
    ) == [
        ("app/delivery/common.py", 1),
        ("app/delivery/helpers.py", 1),
        ("app/delivery/manager.py", 1),
        ("app/delivery/utils.py", 1),
    ]


def test_role_modules_by_name_make_a_feature_package() -> None:
    assert reported(
        {
            "orders/routes.py": "",
            "orders/service.py": "",
            "orders/misc.py": "",
        }
    ) == [("orders/misc.py", 1)]


def test_schemas_in_models_py_are_reported_at_the_class() -> None:
    assert reported(
        {
            "delivery/service.py": SERVICE,
            "delivery/repository.py": "",
            "delivery/models.py": RESPONSE,
        }
    ) == [("delivery/models.py", 4)]


def test_a_package_with_one_role_is_not_a_feature_package() -> None:
    # A library: `api.py` next to `utils.py` and `exceptions.py`.
    assert not reported(
        {
            "requests/api.py": "",
            "requests/utils.py": "",
            "requests/exceptions.py": "",
            "orders/service.py": SERVICE,
            "orders/helpers.py": "",
        }
    )


def test_role_names_and_orm_models_are_not_reported() -> None:
    assert not reported(
        {
            "shipment/routes.py": "",
            "shipment/service.py": SERVICE,
            "shipment/repository.py": REPOSITORY,
            "shipment/domain.py": "",
            "shipment/models.py": "class ShipmentRow(Base):\n    pass\n",
            "shipment/schemas.py": RESPONSE,
        }
    )


def test_top_level_modules_are_not_a_feature_package() -> None:
    assert not reported(
        {"service.py": SERVICE, "repository.py": REPOSITORY, "utils.py": ""}
    )
