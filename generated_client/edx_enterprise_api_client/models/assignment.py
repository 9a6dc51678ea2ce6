from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_state import AssignmentState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assignment_actions_item import AssignmentActionsItem
    from ..models.assignment_earliest_possible_expiration_type_0 import AssignmentEarliestPossibleExpirationType0


T = TypeVar("T", bound="Assignment")


@_attrs_define
class Assignment:
    """A learner's content assignment (fields from the allocation example response).

    Attributes:
        uuid (str | Unset):
        assignment_configuration (str | Unset):
        learner_email (str | Unset):
        lms_user_id (int | None | Unset):
        content_key (str | Unset):
        content_title (None | str | Unset):
        content_quantity (int | Unset): The negative price, in USD cents, allocated for the content.
        state (AssignmentState | Unset):
        transaction_uuid (None | str | Unset):
        actions (list[AssignmentActionsItem] | Unset):
        earliest_possible_expiration (AssignmentEarliestPossibleExpirationType0 | None | Unset):
    """

    uuid: str | Unset = UNSET
    assignment_configuration: str | Unset = UNSET
    learner_email: str | Unset = UNSET
    lms_user_id: int | None | Unset = UNSET
    content_key: str | Unset = UNSET
    content_title: None | str | Unset = UNSET
    content_quantity: int | Unset = UNSET
    state: AssignmentState | Unset = UNSET
    transaction_uuid: None | str | Unset = UNSET
    actions: list[AssignmentActionsItem] | Unset = UNSET
    earliest_possible_expiration: AssignmentEarliestPossibleExpirationType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assignment_earliest_possible_expiration_type_0 import AssignmentEarliestPossibleExpirationType0  # noqa: PLC0415

        uuid = self.uuid

        assignment_configuration = self.assignment_configuration

        learner_email = self.learner_email

        lms_user_id: int | None | Unset
        if isinstance(self.lms_user_id, Unset):
            lms_user_id = UNSET
        else:
            lms_user_id = self.lms_user_id

        content_key = self.content_key

        content_title: None | str | Unset
        if isinstance(self.content_title, Unset):
            content_title = UNSET
        else:
            content_title = self.content_title

        content_quantity = self.content_quantity

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        transaction_uuid: None | str | Unset
        if isinstance(self.transaction_uuid, Unset):
            transaction_uuid = UNSET
        else:
            transaction_uuid = self.transaction_uuid

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        earliest_possible_expiration: dict[str, Any] | None | Unset
        if isinstance(self.earliest_possible_expiration, Unset):
            earliest_possible_expiration = UNSET
        elif isinstance(self.earliest_possible_expiration, AssignmentEarliestPossibleExpirationType0):
            earliest_possible_expiration = self.earliest_possible_expiration.to_dict()
        else:
            earliest_possible_expiration = self.earliest_possible_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if assignment_configuration is not UNSET:
            field_dict["assignment_configuration"] = assignment_configuration
        if learner_email is not UNSET:
            field_dict["learner_email"] = learner_email
        if lms_user_id is not UNSET:
            field_dict["lms_user_id"] = lms_user_id
        if content_key is not UNSET:
            field_dict["content_key"] = content_key
        if content_title is not UNSET:
            field_dict["content_title"] = content_title
        if content_quantity is not UNSET:
            field_dict["content_quantity"] = content_quantity
        if state is not UNSET:
            field_dict["state"] = state
        if transaction_uuid is not UNSET:
            field_dict["transaction_uuid"] = transaction_uuid
        if actions is not UNSET:
            field_dict["actions"] = actions
        if earliest_possible_expiration is not UNSET:
            field_dict["earliest_possible_expiration"] = earliest_possible_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_actions_item import AssignmentActionsItem  # noqa: PLC0415
        from ..models.assignment_earliest_possible_expiration_type_0 import AssignmentEarliestPossibleExpirationType0  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        assignment_configuration = d.pop("assignment_configuration", UNSET)

        learner_email = d.pop("learner_email", UNSET)

        def _parse_lms_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lms_user_id = _parse_lms_user_id(d.pop("lms_user_id", UNSET))

        content_key = d.pop("content_key", UNSET)

        def _parse_content_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_title = _parse_content_title(d.pop("content_title", UNSET))

        content_quantity = d.pop("content_quantity", UNSET)

        _state = d.pop("state", UNSET)
        state: AssignmentState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = AssignmentState(_state)

        def _parse_transaction_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_uuid = _parse_transaction_uuid(d.pop("transaction_uuid", UNSET))

        _actions = d.pop("actions", UNSET)
        actions: list[AssignmentActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = AssignmentActionsItem.from_dict(actions_item_data)

                actions.append(actions_item)

        def _parse_earliest_possible_expiration(
            data: object,
        ) -> AssignmentEarliestPossibleExpirationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                earliest_possible_expiration_type_0 = AssignmentEarliestPossibleExpirationType0.from_dict(data)

                return earliest_possible_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssignmentEarliestPossibleExpirationType0 | None | Unset, data)

        earliest_possible_expiration = _parse_earliest_possible_expiration(d.pop("earliest_possible_expiration", UNSET))

        assignment = cls(
            uuid=uuid,
            assignment_configuration=assignment_configuration,
            learner_email=learner_email,
            lms_user_id=lms_user_id,
            content_key=content_key,
            content_title=content_title,
            content_quantity=content_quantity,
            state=state,
            transaction_uuid=transaction_uuid,
            actions=actions,
            earliest_possible_expiration=earliest_possible_expiration,
        )

        assignment.additional_properties = d
        return assignment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
