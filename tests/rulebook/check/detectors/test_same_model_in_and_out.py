"""API-03 same-model-in-and-out: one model as a route's request body and response."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "same-model-in-and-out"


def test_body_parameter_that_is_also_the_response() -> None:
    assert_detects(
        NAME,
        """
        from typing import Annotated
        from fastapi import Body, Depends

        @app.post("/accounts", status_code=201)
        def create(
            body: AccountSchema,  # [API-03]
            accounts: Annotated[AccountService, Depends(get_service)],
        ) -> AccountSchema:
            ...

        @app.put("/items/{item_id}", response_model=schemas.Item)
        def replace(item_id: int, item: schemas.Item):  # [API-03]
            ...

        @app.post("/batch", status_code=201)
        def batch(items: Annotated[list[Item], Body()]) -> list[Item]:  # [API-03]
            ...
        """,
    )


def test_request_model_used_as_the_response() -> None:
    assert_detects(
        NAME,
        """
        @app.get("/drafts/{draft_id}")
        def draft(draft_id: int) -> CreateDraftRequest:  # [API-03]
            ...
        """,
    )


def test_separate_models_injected_and_scalar_parameters_pass() -> None:
    assert_detects(
        NAME,
        """
        from typing import Annotated
        from fastapi import Depends, Query, Request
        from starlette.responses import Response

        @app.post("/accounts", status_code=201)
        def create(body: CreateAccountRequest) -> AccountResponse:
            ...

        @app.get("/me")
        def me(user: Annotated[User, Depends(current_user)]) -> User:
            ...

        @app.get("/echo")
        def echo(word: str, tags: Annotated[list[str], Query()]) -> list[str]:
            ...

        @app.get("/raw")
        def raw(request: Request) -> Response:
            ...

        @app.get("/filter")
        def by_filter(f: Annotated[Filter, Query()]) -> Filter:
            ...

        @app.get("/schemas/{name}")
        def schema(name: str, schemas: Schemas = Depends(load)) -> schemas.Item:
            ...

        def helper(body: AccountSchema) -> AccountSchema:
            ...
        """,
    )


def test_drf_writable_views_with_one_serializer() -> None:
    assert_detects(
        NAME,
        """
        from rest_framework import generics, mixins, serializers, viewsets

        class AccountSerializer(serializers.ModelSerializer[Account]):
            class Meta:
                model = Account
                fields = "__all__"  # [API-03]

        class NoteSerializer(serializers.ModelSerializer):
            class Meta:
                model = Note
                fields = "__all__"
                read_only_fields = ("owner",)

        class AccountViewSet(viewsets.ModelViewSet[Account]):
            queryset = Account.objects.all()
            serializer_class = AccountSerializer  # [API-03]

        class AdminAccounts(AccountViewSet):
            serializer_class = AccountSerializer  # [API-03]

        class NoteCreate(generics.ListCreateAPIView):
            serializer_class = NoteSerializer  # [API-03]

        class NoteWrites(mixins.UpdateModelMixin, viewsets.GenericViewSet):
            serializer_class = serializers_module.NoteSerializer  # [API-03]
        """,
    )


def test_drf_read_only_views_and_per_action_serializers_pass() -> None:
    assert_detects(
        NAME,
        """
        from rest_framework import generics, serializers, viewsets

        class AccountSerializer(serializers.ModelSerializer):
            class Meta:
                model = Account
                fields = "__all__"

        class Accounts(viewsets.ReadOnlyModelViewSet):
            serializer_class = AccountSerializer

        class AccountDetail(generics.RetrieveAPIView):
            serializer_class = AccountSerializer

        class AccountWrites(viewsets.ModelViewSet):
            def get_serializer_class(self):
                if self.action in {"create", "update"}:
                    return AccountRequestSerializer
                return AccountResponseSerializer

        class Placeholder(viewsets.ModelViewSet):
            serializer_class = None

        class Generic(viewsets.ModelViewSet):
            serializer_class = serializers.ModelSerializer
        """,
    )
