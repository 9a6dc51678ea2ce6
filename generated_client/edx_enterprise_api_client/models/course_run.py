from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.course_run_availability import CourseRunAvailability
from ..models.course_run_level_type import CourseRunLevelType
from ..models.course_run_pacing_type import CourseRunPacingType
from ..models.course_run_type_type_1 import CourseRunTypeType1
from ..models.course_run_type_type_2_type_1 import CourseRunTypeType2Type1
from ..models.course_run_type_type_3_type_1 import CourseRunTypeType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_run_expected_program_type_type_0 import CourseRunExpectedProgramTypeType0
    from ..models.course_run_image import CourseRunImage
    from ..models.course_run_instructors_item import CourseRunInstructorsItem
    from ..models.course_run_programs_item import CourseRunProgramsItem
    from ..models.course_run_seats_item import CourseRunSeatsItem
    from ..models.course_run_staff_item import CourseRunStaffItem
    from ..models.course_run_video_type_0 import CourseRunVideoType0


T = TypeVar("T", bound="CourseRun")


@_attrs_define
class CourseRun:
    """
    Attributes:
        key (str): An identifier for the course run. For example, `course-v1:RITx+PM9003x`.
        uuid (str): The unique identifier for the course run. Example: `0dbd8181-8866-47fc...`
        title (str): The title of the content item. For example, "Introduction to Plasma Physics".
        external_key (None | str): Content item unique identifying key external to the edX platform.
        image (CourseRunImage): The About page image for the course.
        short_description (str): The short description of the content item and its content.
        marketing_url (str): The URL for the course About page.
        seats (list[CourseRunSeatsItem]): List of seat records available for enrollment for the course run.
        start (datetime.datetime): The start date for the content item.
        end (datetime.datetime): The end date of the course run.
        go_live_date (datetime.datetime): Datetime when the course run will go live
        enrollment_start (datetime.datetime | None): The first date and time when this course run is open for learners
            to enroll. Learners cannot enroll before this date and time.
        enrollment_end (datetime.datetime | None): The last date and time when this course run is open for learners to
            enroll. Learners cannot enroll after this date and time.
        weeks_to_complete (int): The number of weeks required to complete the content item.
        pacing_type (CourseRunPacingType): The pacing of the course. May be `self-paced` or `instructor-paced`.
        type_ (CourseRunTypeType1 | CourseRunTypeType2Type1 | CourseRunTypeType3Type1 | None): Typing for the course.
            One of `verified`, `professional`, `audit`.
        status (str): String representation of the course run status. Example: `published`
        is_enrollable (bool): Whether the course run is currently enrollable.
        is_marketable (bool): Whether the course run is specified as marketable.
        availability (CourseRunAvailability): One of `Current`, `Upcoming`.
        variant_id (None | str): The UUID for a product variant.
        course (str): Course unique key associated with the course run. Example: `HarvardX+FIH`
        full_description (str): The long description of the course and its content.
        announcement (datetime.datetime): Datetime when the most recent course run announcement was released.
        video (CourseRunVideoType0 | None): The course About video record.
        content_language (str): Shortened representation of course run language. Example: `en-us`
        license_ (str): The license associated with the course run
        outcome (str): HTML element for what learners will learn from the course.
        transcript_languages (list[str]): The languages for which video transcripts are available.
        instructors (list[CourseRunInstructorsItem]): Instructor users associated with the course run.
        staff (list[CourseRunStaffItem]): Staff users associated with the course run.
        min_effort (int): The minimum number of estimated hours of effort per week.
        max_effort (int): The maximum number of estimated hours of effort per week.
        modified (datetime.datetime): Datetime string of the last time the content in the courserun was updated.
        level_type (CourseRunLevelType): The course's level of difficulty. Can be one of `high_school`, `introductory`,
            `intermediate`, or `advanced`.
        mobile_available (bool): Whether the content item is available for mobile devices.
        hidden (bool): Whether the course run has been hidden by the authors or administrators.
        reporting_type (str): Reporting type designated for the course. Example: `mooc`.
        eligible_for_financial_aid (bool): Whether the course run is eligible for financial aid to a learner.
        first_enrollable_paid_seat_price (int | None): Available seat price for enrollment in the course.
        has_ofac_restrictions (bool): Whether the course run has OFAC restrictions, i.e. geographical restrictions as to
            where the course run can be sold.
        ofac_comment (str): Additional information on ofac restrictions relating to the course run.
        enrollment_count (int): Total number of learners who have enrolled in this course run.
        recent_enrollment_count (int): Total number of learners who have enrolled in this course run in the last 6
            months.
        expected_program_type (CourseRunExpectedProgramTypeType0 | None): Designated program type record for the course
            run.
        expected_program_name (str): Designated expected program name for the course run.
        course_uuid (str): The UUID of the course object associated with the course run.
        estimated_hours (float): Estimated number of hours it takes to complete the course.
        content_language_search_facet_name (str): The language associated with the course run that is indexed for search
            throughout the platform.
        enterprise_subscription_inclusion (bool): Signifies whether the course run is included in the Enterprise
            Subscription catalog.
        enrollment_url (str): The URL for the enrollment page.
        programs (list[CourseRunProgramsItem] | Unset): An array of programs that the course run is associated with.
    """

    key: str
    uuid: str
    title: str
    external_key: None | str
    image: CourseRunImage
    short_description: str
    marketing_url: str
    seats: list[CourseRunSeatsItem]
    start: datetime.datetime
    end: datetime.datetime
    go_live_date: datetime.datetime
    enrollment_start: datetime.datetime | None
    enrollment_end: datetime.datetime | None
    weeks_to_complete: int
    pacing_type: CourseRunPacingType
    type_: CourseRunTypeType1 | CourseRunTypeType2Type1 | CourseRunTypeType3Type1 | None
    status: str
    is_enrollable: bool
    is_marketable: bool
    availability: CourseRunAvailability
    variant_id: None | str
    course: str
    full_description: str
    announcement: datetime.datetime
    video: CourseRunVideoType0 | None
    content_language: str
    license_: str
    outcome: str
    transcript_languages: list[str]
    instructors: list[CourseRunInstructorsItem]
    staff: list[CourseRunStaffItem]
    min_effort: int
    max_effort: int
    modified: datetime.datetime
    level_type: CourseRunLevelType
    mobile_available: bool
    hidden: bool
    reporting_type: str
    eligible_for_financial_aid: bool
    first_enrollable_paid_seat_price: int | None
    has_ofac_restrictions: bool
    ofac_comment: str
    enrollment_count: int
    recent_enrollment_count: int
    expected_program_type: CourseRunExpectedProgramTypeType0 | None
    expected_program_name: str
    course_uuid: str
    estimated_hours: float
    content_language_search_facet_name: str
    enterprise_subscription_inclusion: bool
    enrollment_url: str
    programs: list[CourseRunProgramsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_run_expected_program_type_type_0 import CourseRunExpectedProgramTypeType0  # noqa: PLC0415
        from ..models.course_run_video_type_0 import CourseRunVideoType0  # noqa: PLC0415

        key = self.key

        uuid = self.uuid

        title = self.title

        external_key: None | str
        external_key = self.external_key

        image = self.image.to_dict()

        short_description = self.short_description

        marketing_url = self.marketing_url

        seats = []
        for seats_item_data in self.seats:
            seats_item = seats_item_data.to_dict()
            seats.append(seats_item)

        start = self.start.isoformat()

        end = self.end.isoformat()

        go_live_date = self.go_live_date.isoformat()

        enrollment_start: None | str
        if isinstance(self.enrollment_start, datetime.datetime):
            enrollment_start = self.enrollment_start.isoformat()
        else:
            enrollment_start = self.enrollment_start

        enrollment_end: None | str
        if isinstance(self.enrollment_end, datetime.datetime):
            enrollment_end = self.enrollment_end.isoformat()
        else:
            enrollment_end = self.enrollment_end

        weeks_to_complete = self.weeks_to_complete

        pacing_type = self.pacing_type.value

        type_: None | str
        if isinstance(self.type_, CourseRunTypeType1):
            type_ = self.type_.value
        elif isinstance(self.type_, CourseRunTypeType2Type1):
            type_ = self.type_.value
        elif isinstance(self.type_, CourseRunTypeType3Type1):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status = self.status

        is_enrollable = self.is_enrollable

        is_marketable = self.is_marketable

        availability = self.availability.value

        variant_id: None | str
        variant_id = self.variant_id

        course = self.course

        full_description = self.full_description

        announcement = self.announcement.isoformat()

        video: dict[str, Any] | None
        if isinstance(self.video, CourseRunVideoType0):
            video = self.video.to_dict()
        else:
            video = self.video

        content_language = self.content_language

        license_ = self.license_

        outcome = self.outcome

        transcript_languages = self.transcript_languages

        instructors = []
        for instructors_item_data in self.instructors:
            instructors_item = instructors_item_data.to_dict()
            instructors.append(instructors_item)

        staff = []
        for staff_item_data in self.staff:
            staff_item = staff_item_data.to_dict()
            staff.append(staff_item)

        min_effort = self.min_effort

        max_effort = self.max_effort

        modified = self.modified.isoformat()

        level_type = self.level_type.value

        mobile_available = self.mobile_available

        hidden = self.hidden

        reporting_type = self.reporting_type

        eligible_for_financial_aid = self.eligible_for_financial_aid

        first_enrollable_paid_seat_price: int | None
        first_enrollable_paid_seat_price = self.first_enrollable_paid_seat_price

        has_ofac_restrictions = self.has_ofac_restrictions

        ofac_comment = self.ofac_comment

        enrollment_count = self.enrollment_count

        recent_enrollment_count = self.recent_enrollment_count

        expected_program_type: dict[str, Any] | None
        if isinstance(self.expected_program_type, CourseRunExpectedProgramTypeType0):
            expected_program_type = self.expected_program_type.to_dict()
        else:
            expected_program_type = self.expected_program_type

        expected_program_name = self.expected_program_name

        course_uuid = self.course_uuid

        estimated_hours = self.estimated_hours

        content_language_search_facet_name = self.content_language_search_facet_name

        enterprise_subscription_inclusion = self.enterprise_subscription_inclusion

        enrollment_url = self.enrollment_url

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "uuid": uuid,
                "title": title,
                "external_key": external_key,
                "image": image,
                "short_description": short_description,
                "marketing_url": marketing_url,
                "seats": seats,
                "start": start,
                "end": end,
                "go_live_date": go_live_date,
                "enrollment_start": enrollment_start,
                "enrollment_end": enrollment_end,
                "weeks_to_complete": weeks_to_complete,
                "pacing_type": pacing_type,
                "type": type_,
                "status": status,
                "is_enrollable": is_enrollable,
                "is_marketable": is_marketable,
                "availability": availability,
                "variant_id": variant_id,
                "course": course,
                "full_description": full_description,
                "announcement": announcement,
                "video": video,
                "content_language": content_language,
                "license": license_,
                "outcome": outcome,
                "transcript_languages": transcript_languages,
                "instructors": instructors,
                "staff": staff,
                "min_effort": min_effort,
                "max_effort": max_effort,
                "modified": modified,
                "level_type": level_type,
                "mobile_available": mobile_available,
                "hidden": hidden,
                "reporting_type": reporting_type,
                "eligible_for_financial_aid": eligible_for_financial_aid,
                "first_enrollable_paid_seat_price": first_enrollable_paid_seat_price,
                "has_ofac_restrictions": has_ofac_restrictions,
                "ofac_comment": ofac_comment,
                "enrollment_count": enrollment_count,
                "recent_enrollment_count": recent_enrollment_count,
                "expected_program_type": expected_program_type,
                "expected_program_name": expected_program_name,
                "course_uuid": course_uuid,
                "estimated_hours": estimated_hours,
                "content_language_search_facet_name": content_language_search_facet_name,
                "enterprise_subscription_inclusion": enterprise_subscription_inclusion,
                "enrollment_url": enrollment_url,
            }
        )
        if programs is not UNSET:
            field_dict["programs"] = programs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_run_expected_program_type_type_0 import CourseRunExpectedProgramTypeType0  # noqa: PLC0415
        from ..models.course_run_image import CourseRunImage  # noqa: PLC0415
        from ..models.course_run_instructors_item import CourseRunInstructorsItem  # noqa: PLC0415
        from ..models.course_run_programs_item import CourseRunProgramsItem  # noqa: PLC0415
        from ..models.course_run_seats_item import CourseRunSeatsItem  # noqa: PLC0415
        from ..models.course_run_staff_item import CourseRunStaffItem  # noqa: PLC0415
        from ..models.course_run_video_type_0 import CourseRunVideoType0  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        uuid = d.pop("uuid")

        title = d.pop("title")

        def _parse_external_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_key = _parse_external_key(d.pop("external_key"))

        image = CourseRunImage.from_dict(d.pop("image"))

        short_description = d.pop("short_description")

        marketing_url = d.pop("marketing_url")

        seats = []
        _seats = d.pop("seats")
        for seats_item_data in _seats:
            seats_item = CourseRunSeatsItem.from_dict(seats_item_data)

            seats.append(seats_item)

        start = datetime.datetime.fromisoformat(d.pop("start"))

        end = datetime.datetime.fromisoformat(d.pop("end"))

        go_live_date = datetime.datetime.fromisoformat(d.pop("go_live_date"))

        def _parse_enrollment_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_start_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        enrollment_start = _parse_enrollment_start(d.pop("enrollment_start"))

        def _parse_enrollment_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_end_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        enrollment_end = _parse_enrollment_end(d.pop("enrollment_end"))

        weeks_to_complete = d.pop("weeks_to_complete")

        pacing_type = CourseRunPacingType(d.pop("pacing_type"))

        def _parse_type_(data: object) -> CourseRunTypeType1 | CourseRunTypeType2Type1 | CourseRunTypeType3Type1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = CourseRunTypeType1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2_type_1 = CourseRunTypeType2Type1(data)

                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_3_type_1 = CourseRunTypeType3Type1(data)

                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseRunTypeType1 | CourseRunTypeType2Type1 | CourseRunTypeType3Type1 | None, data)

        type_ = _parse_type_(d.pop("type"))

        status = d.pop("status")

        is_enrollable = d.pop("is_enrollable")

        is_marketable = d.pop("is_marketable")

        availability = CourseRunAvailability(d.pop("availability"))

        def _parse_variant_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        variant_id = _parse_variant_id(d.pop("variant_id"))

        course = d.pop("course")

        full_description = d.pop("full_description")

        announcement = datetime.datetime.fromisoformat(d.pop("announcement"))

        def _parse_video(data: object) -> CourseRunVideoType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = CourseRunVideoType0.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseRunVideoType0 | None, data)

        video = _parse_video(d.pop("video"))

        content_language = d.pop("content_language")

        license_ = d.pop("license")

        outcome = d.pop("outcome")

        transcript_languages = cast(list[str], d.pop("transcript_languages"))

        instructors = []
        _instructors = d.pop("instructors")
        for instructors_item_data in _instructors:
            instructors_item = CourseRunInstructorsItem.from_dict(instructors_item_data)

            instructors.append(instructors_item)

        staff = []
        _staff = d.pop("staff")
        for staff_item_data in _staff:
            staff_item = CourseRunStaffItem.from_dict(staff_item_data)

            staff.append(staff_item)

        min_effort = d.pop("min_effort")

        max_effort = d.pop("max_effort")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        level_type = CourseRunLevelType(d.pop("level_type"))

        mobile_available = d.pop("mobile_available")

        hidden = d.pop("hidden")

        reporting_type = d.pop("reporting_type")

        eligible_for_financial_aid = d.pop("eligible_for_financial_aid")

        def _parse_first_enrollable_paid_seat_price(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_enrollable_paid_seat_price = _parse_first_enrollable_paid_seat_price(
            d.pop("first_enrollable_paid_seat_price")
        )

        has_ofac_restrictions = d.pop("has_ofac_restrictions")

        ofac_comment = d.pop("ofac_comment")

        enrollment_count = d.pop("enrollment_count")

        recent_enrollment_count = d.pop("recent_enrollment_count")

        def _parse_expected_program_type(data: object) -> CourseRunExpectedProgramTypeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_program_type_type_0 = CourseRunExpectedProgramTypeType0.from_dict(data)

                return expected_program_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseRunExpectedProgramTypeType0 | None, data)

        expected_program_type = _parse_expected_program_type(d.pop("expected_program_type"))

        expected_program_name = d.pop("expected_program_name")

        course_uuid = d.pop("course_uuid")

        estimated_hours = d.pop("estimated_hours")

        content_language_search_facet_name = d.pop("content_language_search_facet_name")

        enterprise_subscription_inclusion = d.pop("enterprise_subscription_inclusion")

        enrollment_url = d.pop("enrollment_url")

        _programs = d.pop("programs", UNSET)
        programs: list[CourseRunProgramsItem] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = CourseRunProgramsItem.from_dict(programs_item_data)

                programs.append(programs_item)

        course_run = cls(
            key=key,
            uuid=uuid,
            title=title,
            external_key=external_key,
            image=image,
            short_description=short_description,
            marketing_url=marketing_url,
            seats=seats,
            start=start,
            end=end,
            go_live_date=go_live_date,
            enrollment_start=enrollment_start,
            enrollment_end=enrollment_end,
            weeks_to_complete=weeks_to_complete,
            pacing_type=pacing_type,
            type_=type_,
            status=status,
            is_enrollable=is_enrollable,
            is_marketable=is_marketable,
            availability=availability,
            variant_id=variant_id,
            course=course,
            full_description=full_description,
            announcement=announcement,
            video=video,
            content_language=content_language,
            license_=license_,
            outcome=outcome,
            transcript_languages=transcript_languages,
            instructors=instructors,
            staff=staff,
            min_effort=min_effort,
            max_effort=max_effort,
            modified=modified,
            level_type=level_type,
            mobile_available=mobile_available,
            hidden=hidden,
            reporting_type=reporting_type,
            eligible_for_financial_aid=eligible_for_financial_aid,
            first_enrollable_paid_seat_price=first_enrollable_paid_seat_price,
            has_ofac_restrictions=has_ofac_restrictions,
            ofac_comment=ofac_comment,
            enrollment_count=enrollment_count,
            recent_enrollment_count=recent_enrollment_count,
            expected_program_type=expected_program_type,
            expected_program_name=expected_program_name,
            course_uuid=course_uuid,
            estimated_hours=estimated_hours,
            content_language_search_facet_name=content_language_search_facet_name,
            enterprise_subscription_inclusion=enterprise_subscription_inclusion,
            enrollment_url=enrollment_url,
            programs=programs,
        )

        course_run.additional_properties = d
        return course_run

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
