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
        key (str | Unset): An identifier for the course run. For example, ``course-v1:RITx+PM9003x``.
        uuid (str | Unset): The unique identifier for the course run. Example: ``0dbd8181-8866-47fc...``
        title (str | Unset): The title of the content item. For example, "Introduction to Plasma Physics".
        external_key (None | str | Unset): Content item unique identifying key external to the edX platform.
        image (CourseRunImage | Unset): The About page image for the course.
        short_description (str | Unset): The short description of the content item and its content.
        marketing_url (str | Unset): The URL for the course About page.
        seats (list[CourseRunSeatsItem] | Unset): List of seat records available for enrollment for the course run.
        start (datetime.datetime | Unset): The start date for the content item.
        end (datetime.datetime | Unset): The end date of the course run.
        go_live_date (datetime.datetime | Unset): Datetime when the course run will go live
        enrollment_start (datetime.datetime | None | Unset): The first date and time when this course run is open for
            learners to enroll. Learners cannot enroll before this date and time.
        enrollment_end (datetime.datetime | None | Unset): The last date and time when this course run is open for
            learners to enroll. Learners cannot enroll after this date and time.
        weeks_to_complete (int | Unset): The number of weeks required to complete the content item.
        pacing_type (CourseRunPacingType | Unset): The pacing of the course. May be ``self-paced`` or ``instructor-
            paced``.
        type_ (CourseRunTypeType1 | CourseRunTypeType2Type1 | CourseRunTypeType3Type1 | None | Unset): Typing for the
            course. One of ``verified``, ``professional``, ``audit``.
        status (str | Unset): String representation of the course run status. Example: ``published``
        is_enrollable (bool | Unset): Whether the course run is currently enrollable.
        is_marketable (bool | Unset): Whether the course run is specified as marketable.
        availability (CourseRunAvailability | Unset): One of ``Current``, ``Upcoming``.
        variant_id (None | str | Unset): The UUID for a product variant.
        course (str | Unset): Course unique key associated with the course run. Example: ``HarvardX+FIH``
        full_description (str | Unset): The long description of the course and its content.
        announcement (datetime.datetime | Unset): Datetime when the most recent course run announcement was released.
        video (CourseRunVideoType0 | None | Unset): The course About video record.
        content_language (str | Unset): Shortened representation of course run language. Example: ``en-us``
        license_ (str | Unset): The license associated with the course run
        outcome (str | Unset): HTML element for what learners will learn from the course.
        transcript_languages (list[str] | Unset): The languages for which video transcripts are available.
        instructors (list[CourseRunInstructorsItem] | Unset): Instructor users associated with the course run.
        staff (list[CourseRunStaffItem] | Unset): Staff users associated with the course run.
        min_effort (int | Unset): The minimum number of estimated hours of effort per week.
        max_effort (int | Unset): The maximum number of estimated hours of effort per week.
        modified (datetime.datetime | Unset): Datetime string of the last time the content in the courserun was updated.
        level_type (CourseRunLevelType | Unset): The course's level of difficulty. Can be one of ``high_school``,
            ``introductory``, ``intermediate``, or ``advanced``.
        mobile_available (bool | Unset): Whether the content item is available for mobile devices.
        hidden (bool | Unset): Whether the course run has been hidden by the authors or administrators.
        reporting_type (str | Unset): Reporting type designated for the course. Example: ``mooc``.
        eligible_for_financial_aid (bool | Unset): Whether the course run is eligible for financial aid to a learner.
        first_enrollable_paid_seat_price (int | None | Unset): Available seat price for enrollment in the course.
        has_ofac_restrictions (bool | Unset): Whether the course run has OFAC restrictions, i.e. geographical
            restrictions as to where the course run can be sold.
        ofac_comment (str | Unset): Additional information on ofac restrictions relating to the course run.
        enrollment_count (int | Unset): Total number of learners who have enrolled in this course run.
        recent_enrollment_count (int | Unset): Total number of learners who have enrolled in this course run in the last
            6 months.
        expected_program_type (CourseRunExpectedProgramTypeType0 | None | Unset): Designated program type record for the
            course run.
        expected_program_name (str | Unset): Designated expected program name for the course run.
        course_uuid (str | Unset): The UUID of the course object associated with the course run.
        estimated_hours (float | Unset): Estimated number of hours it takes to complete the course.
        content_language_search_facet_name (str | Unset): The language associated with the course run that is indexed
            for search throughout the platform.
        enterprise_subscription_inclusion (bool | Unset): Signifies whether the course run is included in the Enterprise
            Subscription catalog.
        programs (list[CourseRunProgramsItem] | Unset): An array of programs that the course run is associated with.
        enrollment_url (str | Unset): The URL for the enrollment page.
    """

    key: str | Unset = UNSET
    uuid: str | Unset = UNSET
    title: str | Unset = UNSET
    external_key: None | str | Unset = UNSET
    image: CourseRunImage | Unset = UNSET
    short_description: str | Unset = UNSET
    marketing_url: str | Unset = UNSET
    seats: list[CourseRunSeatsItem] | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    go_live_date: datetime.datetime | Unset = UNSET
    enrollment_start: datetime.datetime | None | Unset = UNSET
    enrollment_end: datetime.datetime | None | Unset = UNSET
    weeks_to_complete: int | Unset = UNSET
    pacing_type: CourseRunPacingType | Unset = UNSET
    type_: CourseRunTypeType1 | CourseRunTypeType2Type1 | CourseRunTypeType3Type1 | None | Unset = UNSET
    status: str | Unset = UNSET
    is_enrollable: bool | Unset = UNSET
    is_marketable: bool | Unset = UNSET
    availability: CourseRunAvailability | Unset = UNSET
    variant_id: None | str | Unset = UNSET
    course: str | Unset = UNSET
    full_description: str | Unset = UNSET
    announcement: datetime.datetime | Unset = UNSET
    video: CourseRunVideoType0 | None | Unset = UNSET
    content_language: str | Unset = UNSET
    license_: str | Unset = UNSET
    outcome: str | Unset = UNSET
    transcript_languages: list[str] | Unset = UNSET
    instructors: list[CourseRunInstructorsItem] | Unset = UNSET
    staff: list[CourseRunStaffItem] | Unset = UNSET
    min_effort: int | Unset = UNSET
    max_effort: int | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    level_type: CourseRunLevelType | Unset = UNSET
    mobile_available: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    reporting_type: str | Unset = UNSET
    eligible_for_financial_aid: bool | Unset = UNSET
    first_enrollable_paid_seat_price: int | None | Unset = UNSET
    has_ofac_restrictions: bool | Unset = UNSET
    ofac_comment: str | Unset = UNSET
    enrollment_count: int | Unset = UNSET
    recent_enrollment_count: int | Unset = UNSET
    expected_program_type: CourseRunExpectedProgramTypeType0 | None | Unset = UNSET
    expected_program_name: str | Unset = UNSET
    course_uuid: str | Unset = UNSET
    estimated_hours: float | Unset = UNSET
    content_language_search_facet_name: str | Unset = UNSET
    enterprise_subscription_inclusion: bool | Unset = UNSET
    programs: list[CourseRunProgramsItem] | Unset = UNSET
    enrollment_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_run_expected_program_type_type_0 import CourseRunExpectedProgramTypeType0  # noqa: PLC0415
        from ..models.course_run_video_type_0 import CourseRunVideoType0  # noqa: PLC0415

        key = self.key

        uuid = self.uuid

        title = self.title

        external_key: None | str | Unset
        if isinstance(self.external_key, Unset):
            external_key = UNSET
        else:
            external_key = self.external_key

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        short_description = self.short_description

        marketing_url = self.marketing_url

        seats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.seats, Unset):
            seats = []
            for seats_item_data in self.seats:
                seats_item = seats_item_data.to_dict()
                seats.append(seats_item)

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        go_live_date: str | Unset = UNSET
        if not isinstance(self.go_live_date, Unset):
            go_live_date = self.go_live_date.isoformat()

        enrollment_start: None | str | Unset
        if isinstance(self.enrollment_start, Unset):
            enrollment_start = UNSET
        elif isinstance(self.enrollment_start, datetime.datetime):
            enrollment_start = self.enrollment_start.isoformat()
        else:
            enrollment_start = self.enrollment_start

        enrollment_end: None | str | Unset
        if isinstance(self.enrollment_end, Unset):
            enrollment_end = UNSET
        elif isinstance(self.enrollment_end, datetime.datetime):
            enrollment_end = self.enrollment_end.isoformat()
        else:
            enrollment_end = self.enrollment_end

        weeks_to_complete = self.weeks_to_complete

        pacing_type: str | Unset = UNSET
        if not isinstance(self.pacing_type, Unset):
            pacing_type = self.pacing_type.value

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CourseRunTypeType1):
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

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.value

        variant_id: None | str | Unset
        if isinstance(self.variant_id, Unset):
            variant_id = UNSET
        else:
            variant_id = self.variant_id

        course = self.course

        full_description = self.full_description

        announcement: str | Unset = UNSET
        if not isinstance(self.announcement, Unset):
            announcement = self.announcement.isoformat()

        video: dict[str, Any] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, CourseRunVideoType0):
            video = self.video.to_dict()
        else:
            video = self.video

        content_language = self.content_language

        license_ = self.license_

        outcome = self.outcome

        transcript_languages: list[str] | Unset = UNSET
        if not isinstance(self.transcript_languages, Unset):
            transcript_languages = self.transcript_languages

        instructors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructors, Unset):
            instructors = []
            for instructors_item_data in self.instructors:
                instructors_item = instructors_item_data.to_dict()
                instructors.append(instructors_item)

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        min_effort = self.min_effort

        max_effort = self.max_effort

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        level_type: str | Unset = UNSET
        if not isinstance(self.level_type, Unset):
            level_type = self.level_type.value

        mobile_available = self.mobile_available

        hidden = self.hidden

        reporting_type = self.reporting_type

        eligible_for_financial_aid = self.eligible_for_financial_aid

        first_enrollable_paid_seat_price: int | None | Unset
        if isinstance(self.first_enrollable_paid_seat_price, Unset):
            first_enrollable_paid_seat_price = UNSET
        else:
            first_enrollable_paid_seat_price = self.first_enrollable_paid_seat_price

        has_ofac_restrictions = self.has_ofac_restrictions

        ofac_comment = self.ofac_comment

        enrollment_count = self.enrollment_count

        recent_enrollment_count = self.recent_enrollment_count

        expected_program_type: dict[str, Any] | None | Unset
        if isinstance(self.expected_program_type, Unset):
            expected_program_type = UNSET
        elif isinstance(self.expected_program_type, CourseRunExpectedProgramTypeType0):
            expected_program_type = self.expected_program_type.to_dict()
        else:
            expected_program_type = self.expected_program_type

        expected_program_name = self.expected_program_name

        course_uuid = self.course_uuid

        estimated_hours = self.estimated_hours

        content_language_search_facet_name = self.content_language_search_facet_name

        enterprise_subscription_inclusion = self.enterprise_subscription_inclusion

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        enrollment_url = self.enrollment_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if external_key is not UNSET:
            field_dict["external_key"] = external_key
        if image is not UNSET:
            field_dict["image"] = image
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if marketing_url is not UNSET:
            field_dict["marketing_url"] = marketing_url
        if seats is not UNSET:
            field_dict["seats"] = seats
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if go_live_date is not UNSET:
            field_dict["go_live_date"] = go_live_date
        if enrollment_start is not UNSET:
            field_dict["enrollment_start"] = enrollment_start
        if enrollment_end is not UNSET:
            field_dict["enrollment_end"] = enrollment_end
        if weeks_to_complete is not UNSET:
            field_dict["weeks_to_complete"] = weeks_to_complete
        if pacing_type is not UNSET:
            field_dict["pacing_type"] = pacing_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if is_enrollable is not UNSET:
            field_dict["is_enrollable"] = is_enrollable
        if is_marketable is not UNSET:
            field_dict["is_marketable"] = is_marketable
        if availability is not UNSET:
            field_dict["availability"] = availability
        if variant_id is not UNSET:
            field_dict["variant_id"] = variant_id
        if course is not UNSET:
            field_dict["course"] = course
        if full_description is not UNSET:
            field_dict["full_description"] = full_description
        if announcement is not UNSET:
            field_dict["announcement"] = announcement
        if video is not UNSET:
            field_dict["video"] = video
        if content_language is not UNSET:
            field_dict["content_language"] = content_language
        if license_ is not UNSET:
            field_dict["license"] = license_
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if transcript_languages is not UNSET:
            field_dict["transcript_languages"] = transcript_languages
        if instructors is not UNSET:
            field_dict["instructors"] = instructors
        if staff is not UNSET:
            field_dict["staff"] = staff
        if min_effort is not UNSET:
            field_dict["min_effort"] = min_effort
        if max_effort is not UNSET:
            field_dict["max_effort"] = max_effort
        if modified is not UNSET:
            field_dict["modified"] = modified
        if level_type is not UNSET:
            field_dict["level_type"] = level_type
        if mobile_available is not UNSET:
            field_dict["mobile_available"] = mobile_available
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if reporting_type is not UNSET:
            field_dict["reporting_type"] = reporting_type
        if eligible_for_financial_aid is not UNSET:
            field_dict["eligible_for_financial_aid"] = eligible_for_financial_aid
        if first_enrollable_paid_seat_price is not UNSET:
            field_dict["first_enrollable_paid_seat_price"] = first_enrollable_paid_seat_price
        if has_ofac_restrictions is not UNSET:
            field_dict["has_ofac_restrictions"] = has_ofac_restrictions
        if ofac_comment is not UNSET:
            field_dict["ofac_comment"] = ofac_comment
        if enrollment_count is not UNSET:
            field_dict["enrollment_count"] = enrollment_count
        if recent_enrollment_count is not UNSET:
            field_dict["recent_enrollment_count"] = recent_enrollment_count
        if expected_program_type is not UNSET:
            field_dict["expected_program_type"] = expected_program_type
        if expected_program_name is not UNSET:
            field_dict["expected_program_name"] = expected_program_name
        if course_uuid is not UNSET:
            field_dict["course_uuid"] = course_uuid
        if estimated_hours is not UNSET:
            field_dict["estimated_hours"] = estimated_hours
        if content_language_search_facet_name is not UNSET:
            field_dict["content_language_search_facet_name"] = content_language_search_facet_name
        if enterprise_subscription_inclusion is not UNSET:
            field_dict["enterprise_subscription_inclusion"] = enterprise_subscription_inclusion
        if programs is not UNSET:
            field_dict["programs"] = programs
        if enrollment_url is not UNSET:
            field_dict["enrollment_url"] = enrollment_url

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
        key = d.pop("key", UNSET)

        uuid = d.pop("uuid", UNSET)

        title = d.pop("title", UNSET)

        def _parse_external_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_key = _parse_external_key(d.pop("external_key", UNSET))

        _image = d.pop("image", UNSET)
        image: CourseRunImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = CourseRunImage.from_dict(_image)

        short_description = d.pop("short_description", UNSET)

        marketing_url = d.pop("marketing_url", UNSET)

        _seats = d.pop("seats", UNSET)
        seats: list[CourseRunSeatsItem] | Unset = UNSET
        if _seats is not UNSET:
            seats = []
            for seats_item_data in _seats:
                seats_item = CourseRunSeatsItem.from_dict(seats_item_data)

                seats.append(seats_item)

        _start = d.pop("start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        _end = d.pop("end", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        _go_live_date = d.pop("go_live_date", UNSET)
        go_live_date: datetime.datetime | Unset
        if isinstance(_go_live_date, Unset):
            go_live_date = UNSET
        else:
            go_live_date = datetime.datetime.fromisoformat(_go_live_date)

        def _parse_enrollment_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_start_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        enrollment_start = _parse_enrollment_start(d.pop("enrollment_start", UNSET))

        def _parse_enrollment_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_end_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        enrollment_end = _parse_enrollment_end(d.pop("enrollment_end", UNSET))

        weeks_to_complete = d.pop("weeks_to_complete", UNSET)

        _pacing_type = d.pop("pacing_type", UNSET)
        pacing_type: CourseRunPacingType | Unset
        if isinstance(_pacing_type, Unset):
            pacing_type = UNSET
        else:
            pacing_type = CourseRunPacingType(_pacing_type)

        def _parse_type_(
            data: object,
        ) -> CourseRunTypeType1 | CourseRunTypeType2Type1 | CourseRunTypeType3Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(CourseRunTypeType1 | CourseRunTypeType2Type1 | CourseRunTypeType3Type1 | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        status = d.pop("status", UNSET)

        is_enrollable = d.pop("is_enrollable", UNSET)

        is_marketable = d.pop("is_marketable", UNSET)

        _availability = d.pop("availability", UNSET)
        availability: CourseRunAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = CourseRunAvailability(_availability)

        def _parse_variant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant_id = _parse_variant_id(d.pop("variant_id", UNSET))

        course = d.pop("course", UNSET)

        full_description = d.pop("full_description", UNSET)

        _announcement = d.pop("announcement", UNSET)
        announcement: datetime.datetime | Unset
        if isinstance(_announcement, Unset):
            announcement = UNSET
        else:
            announcement = datetime.datetime.fromisoformat(_announcement)

        def _parse_video(data: object) -> CourseRunVideoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = CourseRunVideoType0.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseRunVideoType0 | None | Unset, data)

        video = _parse_video(d.pop("video", UNSET))

        content_language = d.pop("content_language", UNSET)

        license_ = d.pop("license", UNSET)

        outcome = d.pop("outcome", UNSET)

        transcript_languages = cast(list[str], d.pop("transcript_languages", UNSET))

        _instructors = d.pop("instructors", UNSET)
        instructors: list[CourseRunInstructorsItem] | Unset = UNSET
        if _instructors is not UNSET:
            instructors = []
            for instructors_item_data in _instructors:
                instructors_item = CourseRunInstructorsItem.from_dict(instructors_item_data)

                instructors.append(instructors_item)

        _staff = d.pop("staff", UNSET)
        staff: list[CourseRunStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = CourseRunStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        min_effort = d.pop("min_effort", UNSET)

        max_effort = d.pop("max_effort", UNSET)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        _level_type = d.pop("level_type", UNSET)
        level_type: CourseRunLevelType | Unset
        if isinstance(_level_type, Unset):
            level_type = UNSET
        else:
            level_type = CourseRunLevelType(_level_type)

        mobile_available = d.pop("mobile_available", UNSET)

        hidden = d.pop("hidden", UNSET)

        reporting_type = d.pop("reporting_type", UNSET)

        eligible_for_financial_aid = d.pop("eligible_for_financial_aid", UNSET)

        def _parse_first_enrollable_paid_seat_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        first_enrollable_paid_seat_price = _parse_first_enrollable_paid_seat_price(
            d.pop("first_enrollable_paid_seat_price", UNSET)
        )

        has_ofac_restrictions = d.pop("has_ofac_restrictions", UNSET)

        ofac_comment = d.pop("ofac_comment", UNSET)

        enrollment_count = d.pop("enrollment_count", UNSET)

        recent_enrollment_count = d.pop("recent_enrollment_count", UNSET)

        def _parse_expected_program_type(data: object) -> CourseRunExpectedProgramTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_program_type_type_0 = CourseRunExpectedProgramTypeType0.from_dict(data)

                return expected_program_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseRunExpectedProgramTypeType0 | None | Unset, data)

        expected_program_type = _parse_expected_program_type(d.pop("expected_program_type", UNSET))

        expected_program_name = d.pop("expected_program_name", UNSET)

        course_uuid = d.pop("course_uuid", UNSET)

        estimated_hours = d.pop("estimated_hours", UNSET)

        content_language_search_facet_name = d.pop("content_language_search_facet_name", UNSET)

        enterprise_subscription_inclusion = d.pop("enterprise_subscription_inclusion", UNSET)

        _programs = d.pop("programs", UNSET)
        programs: list[CourseRunProgramsItem] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = CourseRunProgramsItem.from_dict(programs_item_data)

                programs.append(programs_item)

        enrollment_url = d.pop("enrollment_url", UNSET)

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
            programs=programs,
            enrollment_url=enrollment_url,
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
