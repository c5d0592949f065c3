"""NAME-03 vague-dto-name: boundary models named UserIn, UserOut, UserData, ...DTO."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "vague-dto-name"


def test_route_body_response_and_service_input_are_reported() -> None:
    assert_detects(
        NAME,
        """
        from dataclasses import dataclass
        from fastapi import FastAPI
        from pydantic import BaseModel

        app = FastAPI()

        class UserIn(BaseModel):  # [NAME-03]
            email: str

        class UserOut(BaseModel):  # [NAME-03]
            id: int

        class UserListDTO(BaseModel):  # [NAME-03]
            items: list[int]

        @dataclass
        class UserData:  # [NAME-03]
            email: str

        class UserService:
            def create_user(self, command: UserData) -> None: ...

        @app.post("/users")
        def create_user(payload: UserIn) -> UserOut: ...

        @app.get("/users", response_model=UserListDTO)
        def list_users(): ...
        """,
    )


def test_schemas_module_models_need_no_route() -> None:
    assert_detects(
        NAME,
        """
        from pydantic import BaseModel

        class BaseSchema(BaseModel):
            model_config = {"extra": "forbid"}

        class OrderSchema(BaseSchema):  # [NAME-03]
            id: int

        class OrderPayload(BaseSchema):  # [NAME-03]
            item: str

        class CreateOrderRequest(BaseSchema):
            item: str
        """,
        path="app/orders/schemas.py",
    )


def test_unused_models_good_names_and_action_words_pass() -> None:
    assert_detects(
        NAME,
        """
        from fastapi import FastAPI
        from pydantic import BaseModel

        app = FastAPI()

        class ReportData(BaseModel):
            rows: int

        class SignIn(BaseModel):
            email: str

        class CreateUserRequest(BaseModel):
            email: str

        class UserResponse(BaseModel):
            id: int

        @app.post("/sessions")
        def create_session(payload: SignIn) -> UserResponse: ...

        @app.post("/users")
        def create_user(payload: CreateUserRequest) -> UserResponse: ...
        """,
    )


def test_a_base_class_and_a_model_without_fields_pass() -> None:
    assert_detects(
        NAME,
        """
        from pydantic import BaseModel

        class CamelSchema(BaseModel):
            model_config = {"populate_by_name": True}

        class OrderResponse(CamelSchema):
            id: int

        class EmptyData(BaseModel):
            pass
        """,
        path="app/orders/schemas.py",
    )
