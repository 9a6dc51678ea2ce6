from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.learner_summary_progress_status import LearnerSummaryProgressStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LearnerSummary")


@_attrs_define
class LearnerSummary:
    """
    Attributes:
        is_consent_granted (bool | Unset): Whether the learner has granted consent for edX to share information about
            their course enrollment and progress with the enterprise.
        amount_learner_paid (str | Unset): The amount the learner paid towards the enrollment, if any.
        contract_id (str | Unset): A unique identifier for the contract that this enrollment is associated with.
        coupon_code (str | Unset): The enrollment code string used by the learner to enroll in their course. (Not
            applicable for Subscriptions or Offers).
        coupon_name (str | Unset): The name of the enrollment code batch used by the learner to enroll in their course.
            (Not applicable for Subscriptions or Offers).
        course_api_url (str | Unset): The complete url for the course when using the edX API Retrieve Course Metadata
            endpoint.
        course_duration (int | Unset): The duration in weeks, for instructor-paced courses, or the expected duration for
            self-paced courses.
        course_end (datetime.date | Unset): The date the course ends, in YYYY-MM-DD format. This is the last date on
            which learners can submit answers or assessments, or otherwise be credited with completion of a course
            subsection.
        course_key (str | Unset): The unique identifier for the overall course.
        course_list_price (str | Unset): The original price of the course, before any discount were applied.
        course_max_effort (int | Unset): The estimated maximum effort required by the course, in hours per week.
        course_min_effort (int | Unset): The estimated minimum effort required by the course, in hours per week.
        course_pacing_type (str | Unset): Whether the course is self-paced or instructor-paced.
        course_primary_program (str | Unset): The primary program a course belongs to. (Not applicable to courses that
            aren't part of a program).
        course_primary_subject (str | Unset): The subject category this course falls under when searching on edX.org.
        course_start (datetime.date | Unset): The date when the course begins, in YYYY-MM-DD format. This is the date
            when course content is available for learners to interact with. In most cases, learners can enroll in the course
            before the `course_start` date.
        course_title (str | Unset): The title of the edX course.
        courserun_key (str | Unset): The unique identifier for the individual courserun.
        created (datetime.datetime | Unset): The date and time the learner progress report was last updated.
        current_grade (str | Unset): The learner's current grade, which will update as the learner proceeds through the
            course.
        enrollment_date (datetime.date | Unset): The date, YYYY-MM-DD, the learner enrolled in the course.
        enrollment_id (int | Unset): A unique identifier for this enrollment.
        enterprise_customer_uuid (str | Unset): The enterprise account ID assigned by edX.
        enterprise_enrollment_id (int | Unset): A unique identifier for this enrollment, specific to enterprise
            enrollments.
        enterprise_name (str | Unset): The enterprise account name.
        enterprise_sso_uid (str | Unset): The learner’s user ID in the enterprise’s Identity Provider. (Only applicable
            for customers using Single Sign On).
        enterprise_user_id (int | Unset): The learner’s ID assigned by edX.
        has_passed (bool | Unset): Whether or not the learner has passed this course.
        is_refunded (bool | Unset): Whether or not the learner received a refund on their enrollment.
        last_activity_date (datetime.date | Unset): The most recent date, YYYY-MM-DD,the learner was active in an edX.
        letter_grade (str | Unset): The learner's letter grade, if they have passed the course.
        offer_name (str | Unset): The offer ID used by the learner to enroll in their course. (Not applicable for
            Subscriptions or Codes).
        offer_type (str | Unset): The offer type and discount percentage used by the learner to enroll in their course.
            (Not applicable for Subscriptions or Codes).
        paid_by (str | Unset): Whether the enrollment was paid for by the enterprise, the learner, or a third party.
        passed_date (datetime.date | Unset): The date, YYYY-MM-DD, the learner passed the course.
        progress_status (LearnerSummaryProgressStatus | Unset): Whether the learner is still working on the course, has
            passed, or has failed. Possible values are: Failed, In Progress, Passed.
        seat_delivery_method (str | Unset): The type of subsidy used by the learner to enroll in their course.
        unenrollment_date (datetime.date | Unset): The date,YYYY-MM-DD, the learner unenrolled from the course.
        unenrollment_end_within_date (datetime.date | Unset): The date ,YYYY-MM-DD, the learner must unenroll by, in
            order to receive a refund on the enrollment. This date is traditionally 14 days from the enrollment date or the
            course start date, whichever is later.
        user_account_creation_date (datetime.datetime | Unset): The date and time when the learner’s account was created
            in the edx.org LMS.
        user_country (str | Unset): A two-letter country code.
        user_current_enrollment_mode (str | Unset): The learner’s current enrollment mode in the course.
        user_email (str | Unset): The learner’s email address.
        user_username (str | Unset): The learner’s username on edx.org.
    """

    is_consent_granted: bool | Unset = UNSET
    amount_learner_paid: str | Unset = UNSET
    contract_id: str | Unset = UNSET
    coupon_code: str | Unset = UNSET
    coupon_name: str | Unset = UNSET
    course_api_url: str | Unset = UNSET
    course_duration: int | Unset = UNSET
    course_end: datetime.date | Unset = UNSET
    course_key: str | Unset = UNSET
    course_list_price: str | Unset = UNSET
    course_max_effort: int | Unset = UNSET
    course_min_effort: int | Unset = UNSET
    course_pacing_type: str | Unset = UNSET
    course_primary_program: str | Unset = UNSET
    course_primary_subject: str | Unset = UNSET
    course_start: datetime.date | Unset = UNSET
    course_title: str | Unset = UNSET
    courserun_key: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    current_grade: str | Unset = UNSET
    enrollment_date: datetime.date | Unset = UNSET
    enrollment_id: int | Unset = UNSET
    enterprise_customer_uuid: str | Unset = UNSET
    enterprise_enrollment_id: int | Unset = UNSET
    enterprise_name: str | Unset = UNSET
    enterprise_sso_uid: str | Unset = UNSET
    enterprise_user_id: int | Unset = UNSET
    has_passed: bool | Unset = UNSET
    is_refunded: bool | Unset = UNSET
    last_activity_date: datetime.date | Unset = UNSET
    letter_grade: str | Unset = UNSET
    offer_name: str | Unset = UNSET
    offer_type: str | Unset = UNSET
    paid_by: str | Unset = UNSET
    passed_date: datetime.date | Unset = UNSET
    progress_status: LearnerSummaryProgressStatus | Unset = UNSET
    seat_delivery_method: str | Unset = UNSET
    unenrollment_date: datetime.date | Unset = UNSET
    unenrollment_end_within_date: datetime.date | Unset = UNSET
    user_account_creation_date: datetime.datetime | Unset = UNSET
    user_country: str | Unset = UNSET
    user_current_enrollment_mode: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_consent_granted = self.is_consent_granted

        amount_learner_paid = self.amount_learner_paid

        contract_id = self.contract_id

        coupon_code = self.coupon_code

        coupon_name = self.coupon_name

        course_api_url = self.course_api_url

        course_duration = self.course_duration

        course_end: str | Unset = UNSET
        if not isinstance(self.course_end, Unset):
            course_end = self.course_end.isoformat()

        course_key = self.course_key

        course_list_price = self.course_list_price

        course_max_effort = self.course_max_effort

        course_min_effort = self.course_min_effort

        course_pacing_type = self.course_pacing_type

        course_primary_program = self.course_primary_program

        course_primary_subject = self.course_primary_subject

        course_start: str | Unset = UNSET
        if not isinstance(self.course_start, Unset):
            course_start = self.course_start.isoformat()

        course_title = self.course_title

        courserun_key = self.courserun_key

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        current_grade = self.current_grade

        enrollment_date: str | Unset = UNSET
        if not isinstance(self.enrollment_date, Unset):
            enrollment_date = self.enrollment_date.isoformat()

        enrollment_id = self.enrollment_id

        enterprise_customer_uuid = self.enterprise_customer_uuid

        enterprise_enrollment_id = self.enterprise_enrollment_id

        enterprise_name = self.enterprise_name

        enterprise_sso_uid = self.enterprise_sso_uid

        enterprise_user_id = self.enterprise_user_id

        has_passed = self.has_passed

        is_refunded = self.is_refunded

        last_activity_date: str | Unset = UNSET
        if not isinstance(self.last_activity_date, Unset):
            last_activity_date = self.last_activity_date.isoformat()

        letter_grade = self.letter_grade

        offer_name = self.offer_name

        offer_type = self.offer_type

        paid_by = self.paid_by

        passed_date: str | Unset = UNSET
        if not isinstance(self.passed_date, Unset):
            passed_date = self.passed_date.isoformat()

        progress_status: str | Unset = UNSET
        if not isinstance(self.progress_status, Unset):
            progress_status = self.progress_status.value

        seat_delivery_method = self.seat_delivery_method

        unenrollment_date: str | Unset = UNSET
        if not isinstance(self.unenrollment_date, Unset):
            unenrollment_date = self.unenrollment_date.isoformat()

        unenrollment_end_within_date: str | Unset = UNSET
        if not isinstance(self.unenrollment_end_within_date, Unset):
            unenrollment_end_within_date = self.unenrollment_end_within_date.isoformat()

        user_account_creation_date: str | Unset = UNSET
        if not isinstance(self.user_account_creation_date, Unset):
            user_account_creation_date = self.user_account_creation_date.isoformat()

        user_country = self.user_country

        user_current_enrollment_mode = self.user_current_enrollment_mode

        user_email = self.user_email

        user_username = self.user_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_consent_granted is not UNSET:
            field_dict["is_consent_granted"] = is_consent_granted
        if amount_learner_paid is not UNSET:
            field_dict["amount_learner_paid"] = amount_learner_paid
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if coupon_name is not UNSET:
            field_dict["coupon_name"] = coupon_name
        if course_api_url is not UNSET:
            field_dict["course_api_url"] = course_api_url
        if course_duration is not UNSET:
            field_dict["course_duration"] = course_duration
        if course_end is not UNSET:
            field_dict["course_end"] = course_end
        if course_key is not UNSET:
            field_dict["course_key"] = course_key
        if course_list_price is not UNSET:
            field_dict["course_list_price"] = course_list_price
        if course_max_effort is not UNSET:
            field_dict["course_max_effort"] = course_max_effort
        if course_min_effort is not UNSET:
            field_dict["course_min_effort"] = course_min_effort
        if course_pacing_type is not UNSET:
            field_dict["course_pacing_type"] = course_pacing_type
        if course_primary_program is not UNSET:
            field_dict["course_primary_program"] = course_primary_program
        if course_primary_subject is not UNSET:
            field_dict["course_primary_subject"] = course_primary_subject
        if course_start is not UNSET:
            field_dict["course_start"] = course_start
        if course_title is not UNSET:
            field_dict["course_title"] = course_title
        if courserun_key is not UNSET:
            field_dict["courserun_key"] = courserun_key
        if created is not UNSET:
            field_dict["created"] = created
        if current_grade is not UNSET:
            field_dict["current_grade"] = current_grade
        if enrollment_date is not UNSET:
            field_dict["enrollment_date"] = enrollment_date
        if enrollment_id is not UNSET:
            field_dict["enrollment_id"] = enrollment_id
        if enterprise_customer_uuid is not UNSET:
            field_dict["enterprise_customer_uuid"] = enterprise_customer_uuid
        if enterprise_enrollment_id is not UNSET:
            field_dict["enterprise_enrollment_id"] = enterprise_enrollment_id
        if enterprise_name is not UNSET:
            field_dict["enterprise_name"] = enterprise_name
        if enterprise_sso_uid is not UNSET:
            field_dict["enterprise_sso_uid"] = enterprise_sso_uid
        if enterprise_user_id is not UNSET:
            field_dict["enterprise_user_id"] = enterprise_user_id
        if has_passed is not UNSET:
            field_dict["has_passed"] = has_passed
        if is_refunded is not UNSET:
            field_dict["is_refunded"] = is_refunded
        if last_activity_date is not UNSET:
            field_dict["last_activity_date"] = last_activity_date
        if letter_grade is not UNSET:
            field_dict["letter_grade"] = letter_grade
        if offer_name is not UNSET:
            field_dict["offer_name"] = offer_name
        if offer_type is not UNSET:
            field_dict["offer_type"] = offer_type
        if paid_by is not UNSET:
            field_dict["paid_by"] = paid_by
        if passed_date is not UNSET:
            field_dict["passed_date"] = passed_date
        if progress_status is not UNSET:
            field_dict["progress_status"] = progress_status
        if seat_delivery_method is not UNSET:
            field_dict["seat_delivery_method"] = seat_delivery_method
        if unenrollment_date is not UNSET:
            field_dict["unenrollment_date"] = unenrollment_date
        if unenrollment_end_within_date is not UNSET:
            field_dict["unenrollment_end_within_date"] = unenrollment_end_within_date
        if user_account_creation_date is not UNSET:
            field_dict["user_account_creation_date"] = user_account_creation_date
        if user_country is not UNSET:
            field_dict["user_country"] = user_country
        if user_current_enrollment_mode is not UNSET:
            field_dict["user_current_enrollment_mode"] = user_current_enrollment_mode
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_username is not UNSET:
            field_dict["user_username"] = user_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_consent_granted = d.pop("is_consent_granted", UNSET)

        amount_learner_paid = d.pop("amount_learner_paid", UNSET)

        contract_id = d.pop("contract_id", UNSET)

        coupon_code = d.pop("coupon_code", UNSET)

        coupon_name = d.pop("coupon_name", UNSET)

        course_api_url = d.pop("course_api_url", UNSET)

        course_duration = d.pop("course_duration", UNSET)

        _course_end = d.pop("course_end", UNSET)
        course_end: datetime.date | Unset
        if isinstance(_course_end, Unset):
            course_end = UNSET
        else:
            course_end = datetime.date.fromisoformat(_course_end)

        course_key = d.pop("course_key", UNSET)

        course_list_price = d.pop("course_list_price", UNSET)

        course_max_effort = d.pop("course_max_effort", UNSET)

        course_min_effort = d.pop("course_min_effort", UNSET)

        course_pacing_type = d.pop("course_pacing_type", UNSET)

        course_primary_program = d.pop("course_primary_program", UNSET)

        course_primary_subject = d.pop("course_primary_subject", UNSET)

        _course_start = d.pop("course_start", UNSET)
        course_start: datetime.date | Unset
        if isinstance(_course_start, Unset):
            course_start = UNSET
        else:
            course_start = datetime.date.fromisoformat(_course_start)

        course_title = d.pop("course_title", UNSET)

        courserun_key = d.pop("courserun_key", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        current_grade = d.pop("current_grade", UNSET)

        _enrollment_date = d.pop("enrollment_date", UNSET)
        enrollment_date: datetime.date | Unset
        if isinstance(_enrollment_date, Unset):
            enrollment_date = UNSET
        else:
            enrollment_date = datetime.date.fromisoformat(_enrollment_date)

        enrollment_id = d.pop("enrollment_id", UNSET)

        enterprise_customer_uuid = d.pop("enterprise_customer_uuid", UNSET)

        enterprise_enrollment_id = d.pop("enterprise_enrollment_id", UNSET)

        enterprise_name = d.pop("enterprise_name", UNSET)

        enterprise_sso_uid = d.pop("enterprise_sso_uid", UNSET)

        enterprise_user_id = d.pop("enterprise_user_id", UNSET)

        has_passed = d.pop("has_passed", UNSET)

        is_refunded = d.pop("is_refunded", UNSET)

        _last_activity_date = d.pop("last_activity_date", UNSET)
        last_activity_date: datetime.date | Unset
        if isinstance(_last_activity_date, Unset):
            last_activity_date = UNSET
        else:
            last_activity_date = datetime.date.fromisoformat(_last_activity_date)

        letter_grade = d.pop("letter_grade", UNSET)

        offer_name = d.pop("offer_name", UNSET)

        offer_type = d.pop("offer_type", UNSET)

        paid_by = d.pop("paid_by", UNSET)

        _passed_date = d.pop("passed_date", UNSET)
        passed_date: datetime.date | Unset
        if isinstance(_passed_date, Unset):
            passed_date = UNSET
        else:
            passed_date = datetime.date.fromisoformat(_passed_date)

        _progress_status = d.pop("progress_status", UNSET)
        progress_status: LearnerSummaryProgressStatus | Unset
        if isinstance(_progress_status, Unset):
            progress_status = UNSET
        else:
            progress_status = LearnerSummaryProgressStatus(_progress_status)

        seat_delivery_method = d.pop("seat_delivery_method", UNSET)

        _unenrollment_date = d.pop("unenrollment_date", UNSET)
        unenrollment_date: datetime.date | Unset
        if isinstance(_unenrollment_date, Unset):
            unenrollment_date = UNSET
        else:
            unenrollment_date = datetime.date.fromisoformat(_unenrollment_date)

        _unenrollment_end_within_date = d.pop("unenrollment_end_within_date", UNSET)
        unenrollment_end_within_date: datetime.date | Unset
        if isinstance(_unenrollment_end_within_date, Unset):
            unenrollment_end_within_date = UNSET
        else:
            unenrollment_end_within_date = datetime.date.fromisoformat(_unenrollment_end_within_date)

        _user_account_creation_date = d.pop("user_account_creation_date", UNSET)
        user_account_creation_date: datetime.datetime | Unset
        if isinstance(_user_account_creation_date, Unset):
            user_account_creation_date = UNSET
        else:
            user_account_creation_date = datetime.datetime.fromisoformat(_user_account_creation_date)

        user_country = d.pop("user_country", UNSET)

        user_current_enrollment_mode = d.pop("user_current_enrollment_mode", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_username = d.pop("user_username", UNSET)

        learner_summary = cls(
            is_consent_granted=is_consent_granted,
            amount_learner_paid=amount_learner_paid,
            contract_id=contract_id,
            coupon_code=coupon_code,
            coupon_name=coupon_name,
            course_api_url=course_api_url,
            course_duration=course_duration,
            course_end=course_end,
            course_key=course_key,
            course_list_price=course_list_price,
            course_max_effort=course_max_effort,
            course_min_effort=course_min_effort,
            course_pacing_type=course_pacing_type,
            course_primary_program=course_primary_program,
            course_primary_subject=course_primary_subject,
            course_start=course_start,
            course_title=course_title,
            courserun_key=courserun_key,
            created=created,
            current_grade=current_grade,
            enrollment_date=enrollment_date,
            enrollment_id=enrollment_id,
            enterprise_customer_uuid=enterprise_customer_uuid,
            enterprise_enrollment_id=enterprise_enrollment_id,
            enterprise_name=enterprise_name,
            enterprise_sso_uid=enterprise_sso_uid,
            enterprise_user_id=enterprise_user_id,
            has_passed=has_passed,
            is_refunded=is_refunded,
            last_activity_date=last_activity_date,
            letter_grade=letter_grade,
            offer_name=offer_name,
            offer_type=offer_type,
            paid_by=paid_by,
            passed_date=passed_date,
            progress_status=progress_status,
            seat_delivery_method=seat_delivery_method,
            unenrollment_date=unenrollment_date,
            unenrollment_end_within_date=unenrollment_end_within_date,
            user_account_creation_date=user_account_creation_date,
            user_country=user_country,
            user_current_enrollment_mode=user_current_enrollment_mode,
            user_email=user_email,
            user_username=user_username,
        )

        learner_summary.additional_properties = d
        return learner_summary

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
