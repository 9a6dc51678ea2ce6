"""DRF's token authentication with the spec's `JWT` prefix (its own module: DRF imports the setting's
classes while `rest_framework.views` loads, so they cannot live beside the views)."""

from rest_framework.authentication import TokenAuthentication


class JwtTokenAuthentication(TokenAuthentication):
    keyword = "JWT"
