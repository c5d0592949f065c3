from rest_framework import serializers


class SignUpSerializer(serializers.Serializer[None]):
    """The web sign-up form: the terms box must be ticked to submit it."""

    email = serializers.EmailField()
    display_name = serializers.CharField()
    accept_terms = serializers.BooleanField()

    def validate_accept_terms(self, ticked: bool) -> bool:
        if not ticked:
            raise serializers.ValidationError("Tick the box to accept the terms.")
        return ticked


class UserSerializer(serializers.Serializer[object]):
    id = serializers.IntegerField()
    email = serializers.EmailField()
