from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_type import ProgramType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_authoring_organizations_item import ProgramAuthoringOrganizationsItem
    from ..models.program_banner_image import ProgramBannerImage
    from ..models.program_corporate_endorsements_item import ProgramCorporateEndorsementsItem
    from ..models.program_courses_item import ProgramCoursesItem
    from ..models.program_credit_backing_organizations_item import ProgramCreditBackingOrganizationsItem
    from ..models.program_credit_redemption_overview_type_0 import ProgramCreditRedemptionOverviewType0
    from ..models.program_curricula_item import ProgramCurriculaItem
    from ..models.program_degree import ProgramDegree
    from ..models.program_expected_learning_items_item import ProgramExpectedLearningItemsItem
    from ..models.program_geolocation_type_0 import ProgramGeolocationType0
    from ..models.program_in_year_value_type_0 import ProgramInYearValueType0
    from ..models.program_individual_endorsements_item import ProgramIndividualEndorsementsItem
    from ..models.program_instructor_ordering_item import ProgramInstructorOrderingItem
    from ..models.program_job_outlook_items_item import ProgramJobOutlookItemsItem
    from ..models.program_level_type_override import ProgramLevelTypeOverride
    from ..models.program_location_restriction_type_0 import ProgramLocationRestrictionType0
    from ..models.program_primary_subject_override import ProgramPrimarySubjectOverride
    from ..models.program_product_source import ProgramProductSource
    from ..models.program_skills_item import ProgramSkillsItem
    from ..models.program_staff_item import ProgramStaffItem
    from ..models.program_subjects_item import ProgramSubjectsItem
    from ..models.program_taxi_form_type_0 import ProgramTaxiFormType0
    from ..models.program_topics_item import ProgramTopicsItem
    from ..models.program_type_attrs import ProgramTypeAttrs
    from ..models.program_video_type_0 import ProgramVideoType0


T = TypeVar("T", bound="Program")


@_attrs_define
class Program:
    """A program is a collection of related courses.

    Attributes:
        uuid (str): The unique identifier for the program.
        title (str): The title of the program. For example, "MicroMasters: Plasma Physics".
        subtitle (str): A subtitle for the program.
        type_ (ProgramType): The program type. One of `Professional Certificate`, `XSeries`, or `MicroMasters`.
        type_attrs (ProgramTypeAttrs): The object representation of the type record associated with the program
        status (str): String representation of the program status. Example: `published`
        marketing_slug (str): The slug used in the marketing URL related to the program.
        marketing_url (str): The full url string related to the marketing URL for the program.
        banner_image (ProgramBannerImage): The banner image record relating to the program
        hidden (bool): Whether the program has been hidden by the authors or administrators.
        courses (list[ProgramCoursesItem]): List of course records that are offered by the program.
        authoring_organizations (list[ProgramAuthoringOrganizationsItem]): List of organizations records responsible for
            authoring the courses within the program.
        card_image_url (str): The URL of an image that represents the program.
        is_program_eligible_for_one_click_purchase (bool): Whether learners can purchase the program with a single
            click.
        degree (ProgramDegree): The degree record associated with the program.
        curricula (list[ProgramCurriculaItem]): Curricula items related to the program.
        marketing_hook (str): Marketing hook written for the program.
        total_hours_of_effort (int | None): Total number of hours estimated to take in order to complete the program.
        recent_enrollment_count (int): Total number of learners who have enrolled in program in the last 6 months.
        organization_short_code_override (str): Organization short code overwritten string.
        organization_logo_override_url (None | str): Organization logo url overwritten.
        primary_subject_override (ProgramPrimarySubjectOverride): Subject record override for the program.
        level_type_override (ProgramLevelTypeOverride): Level type record override for the program.
        language_override (str): Language record override for the program.
        labels (list[str]): List of labels for the courses in the program.
        taxi_form (None | ProgramTaxiFormType0): Represents the data needed for a single Taxi (2U form library) lead
            capture form.
        program_duration_override (int | None): Override value for the program duration.
        data_modified_timestamp (datetime.datetime): The timestamp of the last time the program data was modified.
        excluded_from_search (bool): Whether or not the content is searchable by the various enterprise program search
            tools.
        excluded_from_seo (bool): Whether the program should be excluded from the edX SEO.
        has_ofac_restrictions (bool | None): Whether the program and program content has OFAC restrictions, i.e.
            geographical restrictions as to where the course run can be sold.
        ofac_comment (str): Additional information on OFAC restrictions relating to the course run.
        overview (str): Overview text surrounding the program.
        weeks_to_complete (int | None): The estimated number of weeks required to complete the program.
        weeks_to_complete_max (int | None): The maximum number of estimated weeks required to complete the program.
        weeks_to_complete_min (int | None): The minimum number of estimated weeks required to complete the program.
        min_hours_effort_per_week (int | None): The minimum number of estimated hours of effort per week.
        max_hours_effort_per_week (int | None): The maximum number of estimated hours of effort per week.
        video (None | ProgramVideoType0): The program About video record.
        expected_learning_items (list[ProgramExpectedLearningItemsItem]): Elements of the course learning items records.
        faq (list[str]): List of HTML representations of the course FAQ sections under the program.
        credit_backing_organizations (list[ProgramCreditBackingOrganizationsItem]): List of organization records
            associated with the credit earned by the program.
        corporate_endorsements (list[ProgramCorporateEndorsementsItem]): List of endorsement records associated with the
            program.
        job_outlook_items (list[ProgramJobOutlookItemsItem]): Job outlook records associated with the program.
        individual_endorsements (list[ProgramIndividualEndorsementsItem]): List of endorsement records associated with
            the program.
        languages (list[str]): List of languages used in the program.
        transcript_languages (list[str]): List of languages used in the program's transcripts.
        subjects (list[ProgramSubjectsItem]): The academic subjects that the program covers.
        price_ranges (list[int]): Price ranges for the program.
        staff (list[ProgramStaffItem]): Staff users associated with the course run.
        credit_redemption_overview (None | ProgramCreditRedemptionOverviewType0): Redemption overview record associated
            with the program.
        applicable_seat_types (list[str]): Array of string representation of the different seat types offered by the
            program.
        instructor_ordering (list[ProgramInstructorOrderingItem]): Ordered instructor records associated with the
            programs.
        enrollment_count (int): Total number of learners who have enrolled in this program.
        topics (list[ProgramTopicsItem]): List of topic records related to the program.
        credit_value (int): The total credit value for the program.
        enterprise_subscription_inclusion (bool): Whether the program is tagged to be included in the enterprise
            subscription package.
        location_restriction (None | ProgramLocationRestrictionType0): Course location restriction record.
        is_2u_degree_program (bool): Whether or not the program is a 2u degree program.
        in_year_value (None | ProgramInYearValueType0): Record related to projected value for a course.
        skill_names (list[str]): List of skill names associated with the program.
        skills (list[ProgramSkillsItem]): List of skill records associated with the program.
        product_source (ProgramProductSource): Product source record associated with the program.
        subscription_eligible (bool | None): Whether the program is eligible for subscriptions.
        subscription_prices (list[int]): List of subscription prices for the program.
        enrollment_url (str): The URL for the enrollment page.
        geolocation (None | ProgramGeolocationType0 | Unset): Geographic location for the course, if one exists.
    """

    uuid: str
    title: str
    subtitle: str
    type_: ProgramType
    type_attrs: ProgramTypeAttrs
    status: str
    marketing_slug: str
    marketing_url: str
    banner_image: ProgramBannerImage
    hidden: bool
    courses: list[ProgramCoursesItem]
    authoring_organizations: list[ProgramAuthoringOrganizationsItem]
    card_image_url: str
    is_program_eligible_for_one_click_purchase: bool
    degree: ProgramDegree
    curricula: list[ProgramCurriculaItem]
    marketing_hook: str
    total_hours_of_effort: int | None
    recent_enrollment_count: int
    organization_short_code_override: str
    organization_logo_override_url: None | str
    primary_subject_override: ProgramPrimarySubjectOverride
    level_type_override: ProgramLevelTypeOverride
    language_override: str
    labels: list[str]
    taxi_form: None | ProgramTaxiFormType0
    program_duration_override: int | None
    data_modified_timestamp: datetime.datetime
    excluded_from_search: bool
    excluded_from_seo: bool
    has_ofac_restrictions: bool | None
    ofac_comment: str
    overview: str
    weeks_to_complete: int | None
    weeks_to_complete_max: int | None
    weeks_to_complete_min: int | None
    min_hours_effort_per_week: int | None
    max_hours_effort_per_week: int | None
    video: None | ProgramVideoType0
    expected_learning_items: list[ProgramExpectedLearningItemsItem]
    faq: list[str]
    credit_backing_organizations: list[ProgramCreditBackingOrganizationsItem]
    corporate_endorsements: list[ProgramCorporateEndorsementsItem]
    job_outlook_items: list[ProgramJobOutlookItemsItem]
    individual_endorsements: list[ProgramIndividualEndorsementsItem]
    languages: list[str]
    transcript_languages: list[str]
    subjects: list[ProgramSubjectsItem]
    price_ranges: list[int]
    staff: list[ProgramStaffItem]
    credit_redemption_overview: None | ProgramCreditRedemptionOverviewType0
    applicable_seat_types: list[str]
    instructor_ordering: list[ProgramInstructorOrderingItem]
    enrollment_count: int
    topics: list[ProgramTopicsItem]
    credit_value: int
    enterprise_subscription_inclusion: bool
    location_restriction: None | ProgramLocationRestrictionType0
    is_2u_degree_program: bool
    in_year_value: None | ProgramInYearValueType0
    skill_names: list[str]
    skills: list[ProgramSkillsItem]
    product_source: ProgramProductSource
    subscription_eligible: bool | None
    subscription_prices: list[int]
    enrollment_url: str
    geolocation: None | ProgramGeolocationType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.program_credit_redemption_overview_type_0 import ProgramCreditRedemptionOverviewType0  # noqa: PLC0415
        from ..models.program_geolocation_type_0 import ProgramGeolocationType0  # noqa: PLC0415
        from ..models.program_in_year_value_type_0 import ProgramInYearValueType0  # noqa: PLC0415
        from ..models.program_location_restriction_type_0 import ProgramLocationRestrictionType0  # noqa: PLC0415
        from ..models.program_taxi_form_type_0 import ProgramTaxiFormType0  # noqa: PLC0415
        from ..models.program_video_type_0 import ProgramVideoType0  # noqa: PLC0415

        uuid = self.uuid

        title = self.title

        subtitle = self.subtitle

        type_ = self.type_.value

        type_attrs = self.type_attrs.to_dict()

        status = self.status

        marketing_slug = self.marketing_slug

        marketing_url = self.marketing_url

        banner_image = self.banner_image.to_dict()

        hidden = self.hidden

        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        authoring_organizations = []
        for authoring_organizations_item_data in self.authoring_organizations:
            authoring_organizations_item = authoring_organizations_item_data.to_dict()
            authoring_organizations.append(authoring_organizations_item)

        card_image_url = self.card_image_url

        is_program_eligible_for_one_click_purchase = self.is_program_eligible_for_one_click_purchase

        degree = self.degree.to_dict()

        curricula = []
        for curricula_item_data in self.curricula:
            curricula_item = curricula_item_data.to_dict()
            curricula.append(curricula_item)

        marketing_hook = self.marketing_hook

        total_hours_of_effort: int | None
        total_hours_of_effort = self.total_hours_of_effort

        recent_enrollment_count = self.recent_enrollment_count

        organization_short_code_override = self.organization_short_code_override

        organization_logo_override_url: None | str
        organization_logo_override_url = self.organization_logo_override_url

        primary_subject_override = self.primary_subject_override.to_dict()

        level_type_override = self.level_type_override.to_dict()

        language_override = self.language_override

        labels = self.labels

        taxi_form: dict[str, Any] | None
        if isinstance(self.taxi_form, ProgramTaxiFormType0):
            taxi_form = self.taxi_form.to_dict()
        else:
            taxi_form = self.taxi_form

        program_duration_override: int | None
        program_duration_override = self.program_duration_override

        data_modified_timestamp = self.data_modified_timestamp.isoformat()

        excluded_from_search = self.excluded_from_search

        excluded_from_seo = self.excluded_from_seo

        has_ofac_restrictions: bool | None
        has_ofac_restrictions = self.has_ofac_restrictions

        ofac_comment = self.ofac_comment

        overview = self.overview

        weeks_to_complete: int | None
        weeks_to_complete = self.weeks_to_complete

        weeks_to_complete_max: int | None
        weeks_to_complete_max = self.weeks_to_complete_max

        weeks_to_complete_min: int | None
        weeks_to_complete_min = self.weeks_to_complete_min

        min_hours_effort_per_week: int | None
        min_hours_effort_per_week = self.min_hours_effort_per_week

        max_hours_effort_per_week: int | None
        max_hours_effort_per_week = self.max_hours_effort_per_week

        video: dict[str, Any] | None
        if isinstance(self.video, ProgramVideoType0):
            video = self.video.to_dict()
        else:
            video = self.video

        expected_learning_items = []
        for expected_learning_items_item_data in self.expected_learning_items:
            expected_learning_items_item = expected_learning_items_item_data.to_dict()
            expected_learning_items.append(expected_learning_items_item)

        faq = self.faq

        credit_backing_organizations = []
        for credit_backing_organizations_item_data in self.credit_backing_organizations:
            credit_backing_organizations_item = credit_backing_organizations_item_data.to_dict()
            credit_backing_organizations.append(credit_backing_organizations_item)

        corporate_endorsements = []
        for corporate_endorsements_item_data in self.corporate_endorsements:
            corporate_endorsements_item = corporate_endorsements_item_data.to_dict()
            corporate_endorsements.append(corporate_endorsements_item)

        job_outlook_items = []
        for job_outlook_items_item_data in self.job_outlook_items:
            job_outlook_items_item = job_outlook_items_item_data.to_dict()
            job_outlook_items.append(job_outlook_items_item)

        individual_endorsements = []
        for individual_endorsements_item_data in self.individual_endorsements:
            individual_endorsements_item = individual_endorsements_item_data.to_dict()
            individual_endorsements.append(individual_endorsements_item)

        languages = self.languages

        transcript_languages = self.transcript_languages

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item = subjects_item_data.to_dict()
            subjects.append(subjects_item)

        price_ranges = self.price_ranges

        staff = []
        for staff_item_data in self.staff:
            staff_item = staff_item_data.to_dict()
            staff.append(staff_item)

        credit_redemption_overview: dict[str, Any] | None
        if isinstance(self.credit_redemption_overview, ProgramCreditRedemptionOverviewType0):
            credit_redemption_overview = self.credit_redemption_overview.to_dict()
        else:
            credit_redemption_overview = self.credit_redemption_overview

        applicable_seat_types = self.applicable_seat_types

        instructor_ordering = []
        for instructor_ordering_item_data in self.instructor_ordering:
            instructor_ordering_item = instructor_ordering_item_data.to_dict()
            instructor_ordering.append(instructor_ordering_item)

        enrollment_count = self.enrollment_count

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        credit_value = self.credit_value

        enterprise_subscription_inclusion = self.enterprise_subscription_inclusion

        location_restriction: dict[str, Any] | None
        if isinstance(self.location_restriction, ProgramLocationRestrictionType0):
            location_restriction = self.location_restriction.to_dict()
        else:
            location_restriction = self.location_restriction

        is_2u_degree_program = self.is_2u_degree_program

        in_year_value: dict[str, Any] | None
        if isinstance(self.in_year_value, ProgramInYearValueType0):
            in_year_value = self.in_year_value.to_dict()
        else:
            in_year_value = self.in_year_value

        skill_names = self.skill_names

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        product_source = self.product_source.to_dict()

        subscription_eligible: bool | None
        subscription_eligible = self.subscription_eligible

        subscription_prices = self.subscription_prices

        enrollment_url = self.enrollment_url

        geolocation: dict[str, Any] | None | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        elif isinstance(self.geolocation, ProgramGeolocationType0):
            geolocation = self.geolocation.to_dict()
        else:
            geolocation = self.geolocation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "title": title,
                "subtitle": subtitle,
                "type": type_,
                "type_attrs": type_attrs,
                "status": status,
                "marketing_slug": marketing_slug,
                "marketing_url": marketing_url,
                "banner_image": banner_image,
                "hidden": hidden,
                "courses": courses,
                "authoring_organizations": authoring_organizations,
                "card_image_url": card_image_url,
                "is_program_eligible_for_one_click_purchase": is_program_eligible_for_one_click_purchase,
                "degree": degree,
                "curricula": curricula,
                "marketing_hook": marketing_hook,
                "total_hours_of_effort": total_hours_of_effort,
                "recent_enrollment_count": recent_enrollment_count,
                "organization_short_code_override": organization_short_code_override,
                "organization_logo_override_url": organization_logo_override_url,
                "primary_subject_override": primary_subject_override,
                "level_type_override": level_type_override,
                "language_override": language_override,
                "labels": labels,
                "taxi_form": taxi_form,
                "program_duration_override": program_duration_override,
                "data_modified_timestamp": data_modified_timestamp,
                "excluded_from_search": excluded_from_search,
                "excluded_from_seo": excluded_from_seo,
                "has_ofac_restrictions": has_ofac_restrictions,
                "ofac_comment": ofac_comment,
                "overview": overview,
                "weeks_to_complete": weeks_to_complete,
                "weeks_to_complete_max": weeks_to_complete_max,
                "weeks_to_complete_min": weeks_to_complete_min,
                "min_hours_effort_per_week": min_hours_effort_per_week,
                "max_hours_effort_per_week": max_hours_effort_per_week,
                "video": video,
                "expected_learning_items": expected_learning_items,
                "faq": faq,
                "credit_backing_organizations": credit_backing_organizations,
                "corporate_endorsements": corporate_endorsements,
                "job_outlook_items": job_outlook_items,
                "individual_endorsements": individual_endorsements,
                "languages": languages,
                "transcript_languages": transcript_languages,
                "subjects": subjects,
                "price_ranges": price_ranges,
                "staff": staff,
                "credit_redemption_overview": credit_redemption_overview,
                "applicable_seat_types": applicable_seat_types,
                "instructor_ordering": instructor_ordering,
                "enrollment_count": enrollment_count,
                "topics": topics,
                "credit_value": credit_value,
                "enterprise_subscription_inclusion": enterprise_subscription_inclusion,
                "location_restriction": location_restriction,
                "is_2u_degree_program": is_2u_degree_program,
                "in_year_value": in_year_value,
                "skill_names": skill_names,
                "skills": skills,
                "product_source": product_source,
                "subscription_eligible": subscription_eligible,
                "subscription_prices": subscription_prices,
                "enrollment_url": enrollment_url,
            }
        )
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_authoring_organizations_item import ProgramAuthoringOrganizationsItem  # noqa: PLC0415
        from ..models.program_banner_image import ProgramBannerImage  # noqa: PLC0415
        from ..models.program_corporate_endorsements_item import ProgramCorporateEndorsementsItem  # noqa: PLC0415
        from ..models.program_courses_item import ProgramCoursesItem  # noqa: PLC0415
        from ..models.program_credit_backing_organizations_item import ProgramCreditBackingOrganizationsItem  # noqa: PLC0415
        from ..models.program_credit_redemption_overview_type_0 import ProgramCreditRedemptionOverviewType0  # noqa: PLC0415
        from ..models.program_curricula_item import ProgramCurriculaItem  # noqa: PLC0415
        from ..models.program_degree import ProgramDegree  # noqa: PLC0415
        from ..models.program_expected_learning_items_item import ProgramExpectedLearningItemsItem  # noqa: PLC0415
        from ..models.program_geolocation_type_0 import ProgramGeolocationType0  # noqa: PLC0415
        from ..models.program_in_year_value_type_0 import ProgramInYearValueType0  # noqa: PLC0415
        from ..models.program_individual_endorsements_item import ProgramIndividualEndorsementsItem  # noqa: PLC0415
        from ..models.program_instructor_ordering_item import ProgramInstructorOrderingItem  # noqa: PLC0415
        from ..models.program_job_outlook_items_item import ProgramJobOutlookItemsItem  # noqa: PLC0415
        from ..models.program_level_type_override import ProgramLevelTypeOverride  # noqa: PLC0415
        from ..models.program_location_restriction_type_0 import ProgramLocationRestrictionType0  # noqa: PLC0415
        from ..models.program_primary_subject_override import ProgramPrimarySubjectOverride  # noqa: PLC0415
        from ..models.program_product_source import ProgramProductSource  # noqa: PLC0415
        from ..models.program_skills_item import ProgramSkillsItem  # noqa: PLC0415
        from ..models.program_staff_item import ProgramStaffItem  # noqa: PLC0415
        from ..models.program_subjects_item import ProgramSubjectsItem  # noqa: PLC0415
        from ..models.program_taxi_form_type_0 import ProgramTaxiFormType0  # noqa: PLC0415
        from ..models.program_topics_item import ProgramTopicsItem  # noqa: PLC0415
        from ..models.program_type_attrs import ProgramTypeAttrs  # noqa: PLC0415
        from ..models.program_video_type_0 import ProgramVideoType0  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        title = d.pop("title")

        subtitle = d.pop("subtitle")

        type_ = ProgramType(d.pop("type"))

        type_attrs = ProgramTypeAttrs.from_dict(d.pop("type_attrs"))

        status = d.pop("status")

        marketing_slug = d.pop("marketing_slug")

        marketing_url = d.pop("marketing_url")

        banner_image = ProgramBannerImage.from_dict(d.pop("banner_image"))

        hidden = d.pop("hidden")

        courses = []
        _courses = d.pop("courses")
        for courses_item_data in _courses:
            courses_item = ProgramCoursesItem.from_dict(courses_item_data)

            courses.append(courses_item)

        authoring_organizations = []
        _authoring_organizations = d.pop("authoring_organizations")
        for authoring_organizations_item_data in _authoring_organizations:
            authoring_organizations_item = ProgramAuthoringOrganizationsItem.from_dict(
                authoring_organizations_item_data
            )

            authoring_organizations.append(authoring_organizations_item)

        card_image_url = d.pop("card_image_url")

        is_program_eligible_for_one_click_purchase = d.pop("is_program_eligible_for_one_click_purchase")

        degree = ProgramDegree.from_dict(d.pop("degree"))

        curricula = []
        _curricula = d.pop("curricula")
        for curricula_item_data in _curricula:
            curricula_item = ProgramCurriculaItem.from_dict(curricula_item_data)

            curricula.append(curricula_item)

        marketing_hook = d.pop("marketing_hook")

        def _parse_total_hours_of_effort(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_hours_of_effort = _parse_total_hours_of_effort(d.pop("total_hours_of_effort"))

        recent_enrollment_count = d.pop("recent_enrollment_count")

        organization_short_code_override = d.pop("organization_short_code_override")

        def _parse_organization_logo_override_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_logo_override_url = _parse_organization_logo_override_url(d.pop("organization_logo_override_url"))

        primary_subject_override = ProgramPrimarySubjectOverride.from_dict(d.pop("primary_subject_override"))

        level_type_override = ProgramLevelTypeOverride.from_dict(d.pop("level_type_override"))

        language_override = d.pop("language_override")

        labels = cast(list[str], d.pop("labels"))

        def _parse_taxi_form(data: object) -> None | ProgramTaxiFormType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                taxi_form_type_0 = ProgramTaxiFormType0.from_dict(data)

                return taxi_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramTaxiFormType0, data)

        taxi_form = _parse_taxi_form(d.pop("taxi_form"))

        def _parse_program_duration_override(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        program_duration_override = _parse_program_duration_override(d.pop("program_duration_override"))

        data_modified_timestamp = datetime.datetime.fromisoformat(d.pop("data_modified_timestamp"))

        excluded_from_search = d.pop("excluded_from_search")

        excluded_from_seo = d.pop("excluded_from_seo")

        def _parse_has_ofac_restrictions(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        has_ofac_restrictions = _parse_has_ofac_restrictions(d.pop("has_ofac_restrictions"))

        ofac_comment = d.pop("ofac_comment")

        overview = d.pop("overview")

        def _parse_weeks_to_complete(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        weeks_to_complete = _parse_weeks_to_complete(d.pop("weeks_to_complete"))

        def _parse_weeks_to_complete_max(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        weeks_to_complete_max = _parse_weeks_to_complete_max(d.pop("weeks_to_complete_max"))

        def _parse_weeks_to_complete_min(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        weeks_to_complete_min = _parse_weeks_to_complete_min(d.pop("weeks_to_complete_min"))

        def _parse_min_hours_effort_per_week(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        min_hours_effort_per_week = _parse_min_hours_effort_per_week(d.pop("min_hours_effort_per_week"))

        def _parse_max_hours_effort_per_week(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_hours_effort_per_week = _parse_max_hours_effort_per_week(d.pop("max_hours_effort_per_week"))

        def _parse_video(data: object) -> None | ProgramVideoType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = ProgramVideoType0.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramVideoType0, data)

        video = _parse_video(d.pop("video"))

        expected_learning_items = []
        _expected_learning_items = d.pop("expected_learning_items")
        for expected_learning_items_item_data in _expected_learning_items:
            expected_learning_items_item = ProgramExpectedLearningItemsItem.from_dict(expected_learning_items_item_data)

            expected_learning_items.append(expected_learning_items_item)

        faq = cast(list[str], d.pop("faq"))

        credit_backing_organizations = []
        _credit_backing_organizations = d.pop("credit_backing_organizations")
        for credit_backing_organizations_item_data in _credit_backing_organizations:
            credit_backing_organizations_item = ProgramCreditBackingOrganizationsItem.from_dict(
                credit_backing_organizations_item_data
            )

            credit_backing_organizations.append(credit_backing_organizations_item)

        corporate_endorsements = []
        _corporate_endorsements = d.pop("corporate_endorsements")
        for corporate_endorsements_item_data in _corporate_endorsements:
            corporate_endorsements_item = ProgramCorporateEndorsementsItem.from_dict(corporate_endorsements_item_data)

            corporate_endorsements.append(corporate_endorsements_item)

        job_outlook_items = []
        _job_outlook_items = d.pop("job_outlook_items")
        for job_outlook_items_item_data in _job_outlook_items:
            job_outlook_items_item = ProgramJobOutlookItemsItem.from_dict(job_outlook_items_item_data)

            job_outlook_items.append(job_outlook_items_item)

        individual_endorsements = []
        _individual_endorsements = d.pop("individual_endorsements")
        for individual_endorsements_item_data in _individual_endorsements:
            individual_endorsements_item = ProgramIndividualEndorsementsItem.from_dict(
                individual_endorsements_item_data
            )

            individual_endorsements.append(individual_endorsements_item)

        languages = cast(list[str], d.pop("languages"))

        transcript_languages = cast(list[str], d.pop("transcript_languages"))

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in _subjects:
            subjects_item = ProgramSubjectsItem.from_dict(subjects_item_data)

            subjects.append(subjects_item)

        price_ranges = cast(list[int], d.pop("price_ranges"))

        staff = []
        _staff = d.pop("staff")
        for staff_item_data in _staff:
            staff_item = ProgramStaffItem.from_dict(staff_item_data)

            staff.append(staff_item)

        def _parse_credit_redemption_overview(data: object) -> None | ProgramCreditRedemptionOverviewType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credit_redemption_overview_type_0 = ProgramCreditRedemptionOverviewType0.from_dict(data)

                return credit_redemption_overview_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramCreditRedemptionOverviewType0, data)

        credit_redemption_overview = _parse_credit_redemption_overview(d.pop("credit_redemption_overview"))

        applicable_seat_types = cast(list[str], d.pop("applicable_seat_types"))

        instructor_ordering = []
        _instructor_ordering = d.pop("instructor_ordering")
        for instructor_ordering_item_data in _instructor_ordering:
            instructor_ordering_item = ProgramInstructorOrderingItem.from_dict(instructor_ordering_item_data)

            instructor_ordering.append(instructor_ordering_item)

        enrollment_count = d.pop("enrollment_count")

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = ProgramTopicsItem.from_dict(topics_item_data)

            topics.append(topics_item)

        credit_value = d.pop("credit_value")

        enterprise_subscription_inclusion = d.pop("enterprise_subscription_inclusion")

        def _parse_location_restriction(data: object) -> None | ProgramLocationRestrictionType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_restriction_type_0 = ProgramLocationRestrictionType0.from_dict(data)

                return location_restriction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramLocationRestrictionType0, data)

        location_restriction = _parse_location_restriction(d.pop("location_restriction"))

        is_2u_degree_program = d.pop("is_2u_degree_program")

        def _parse_in_year_value(data: object) -> None | ProgramInYearValueType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                in_year_value_type_0 = ProgramInYearValueType0.from_dict(data)

                return in_year_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramInYearValueType0, data)

        in_year_value = _parse_in_year_value(d.pop("in_year_value"))

        skill_names = cast(list[str], d.pop("skill_names"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = ProgramSkillsItem.from_dict(skills_item_data)

            skills.append(skills_item)

        product_source = ProgramProductSource.from_dict(d.pop("product_source"))

        def _parse_subscription_eligible(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        subscription_eligible = _parse_subscription_eligible(d.pop("subscription_eligible"))

        subscription_prices = cast(list[int], d.pop("subscription_prices"))

        enrollment_url = d.pop("enrollment_url")

        def _parse_geolocation(data: object) -> None | ProgramGeolocationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geolocation_type_0 = ProgramGeolocationType0.from_dict(data)

                return geolocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramGeolocationType0 | Unset, data)

        geolocation = _parse_geolocation(d.pop("geolocation", UNSET))

        program = cls(
            uuid=uuid,
            title=title,
            subtitle=subtitle,
            type_=type_,
            type_attrs=type_attrs,
            status=status,
            marketing_slug=marketing_slug,
            marketing_url=marketing_url,
            banner_image=banner_image,
            hidden=hidden,
            courses=courses,
            authoring_organizations=authoring_organizations,
            card_image_url=card_image_url,
            is_program_eligible_for_one_click_purchase=is_program_eligible_for_one_click_purchase,
            degree=degree,
            curricula=curricula,
            marketing_hook=marketing_hook,
            total_hours_of_effort=total_hours_of_effort,
            recent_enrollment_count=recent_enrollment_count,
            organization_short_code_override=organization_short_code_override,
            organization_logo_override_url=organization_logo_override_url,
            primary_subject_override=primary_subject_override,
            level_type_override=level_type_override,
            language_override=language_override,
            labels=labels,
            taxi_form=taxi_form,
            program_duration_override=program_duration_override,
            data_modified_timestamp=data_modified_timestamp,
            excluded_from_search=excluded_from_search,
            excluded_from_seo=excluded_from_seo,
            has_ofac_restrictions=has_ofac_restrictions,
            ofac_comment=ofac_comment,
            overview=overview,
            weeks_to_complete=weeks_to_complete,
            weeks_to_complete_max=weeks_to_complete_max,
            weeks_to_complete_min=weeks_to_complete_min,
            min_hours_effort_per_week=min_hours_effort_per_week,
            max_hours_effort_per_week=max_hours_effort_per_week,
            video=video,
            expected_learning_items=expected_learning_items,
            faq=faq,
            credit_backing_organizations=credit_backing_organizations,
            corporate_endorsements=corporate_endorsements,
            job_outlook_items=job_outlook_items,
            individual_endorsements=individual_endorsements,
            languages=languages,
            transcript_languages=transcript_languages,
            subjects=subjects,
            price_ranges=price_ranges,
            staff=staff,
            credit_redemption_overview=credit_redemption_overview,
            applicable_seat_types=applicable_seat_types,
            instructor_ordering=instructor_ordering,
            enrollment_count=enrollment_count,
            topics=topics,
            credit_value=credit_value,
            enterprise_subscription_inclusion=enterprise_subscription_inclusion,
            location_restriction=location_restriction,
            is_2u_degree_program=is_2u_degree_program,
            in_year_value=in_year_value,
            skill_names=skill_names,
            skills=skills,
            product_source=product_source,
            subscription_eligible=subscription_eligible,
            subscription_prices=subscription_prices,
            enrollment_url=enrollment_url,
            geolocation=geolocation,
        )

        program.additional_properties = d
        return program

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
