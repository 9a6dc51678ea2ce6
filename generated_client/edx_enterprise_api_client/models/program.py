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
        uuid (str | Unset): The unique identifier for the program.
        title (str | Unset): The title of the program. For example, "MicroMasters: Plasma Physics".
        subtitle (str | Unset): A subtitle for the program.
        type_ (ProgramType | Unset): The program type. One of ``Professional Certificate``, ``XSeries``, or
            ``MicroMasters``.
        type_attrs (ProgramTypeAttrs | Unset): The object representation of the type record associated with the program
        status (str | Unset): String representation of the program status. Example: ``published``
        marketing_slug (str | Unset): The slug used in the marketing URL related to the program.
        marketing_url (str | Unset): The full url string related to the marketing URL for the program.
        banner_image (ProgramBannerImage | Unset): The banner image record relating to the program
        hidden (bool | Unset): Whether the program has been hidden by the authors or administrators.
        courses (list[ProgramCoursesItem] | Unset): List of course records that are offered by the program.
        authoring_organizations (list[ProgramAuthoringOrganizationsItem] | Unset): List of organizations records
            responsible for authoring the courses within the program.
        card_image_url (str | Unset): The URL of an image that represents the program.
        is_program_eligible_for_one_click_purchase (bool | Unset): Whether learners can purchase the program with a
            single click.
        degree (ProgramDegree | Unset): The degree record associated with the program.
        curricula (list[ProgramCurriculaItem] | Unset): Curricula items related to the program.
        marketing_hook (str | Unset): Marketing hook written for the program.
        total_hours_of_effort (int | None | Unset): Total number of hours estimated to take in order to complete the
            program.
        recent_enrollment_count (int | Unset): Total number of learners who have enrolled in program in the last 6
            months.
        organization_short_code_override (str | Unset): Organization short code overwritten string.
        organization_logo_override_url (None | str | Unset): Organization logo url overwritten.
        primary_subject_override (ProgramPrimarySubjectOverride | Unset): Subject record override for the program.
        level_type_override (ProgramLevelTypeOverride | Unset): Level type record override for the program.
        language_override (str | Unset): Language record override for the program.
        labels (list[str] | Unset): List of labels for the courses in the program.
        taxi_form (None | ProgramTaxiFormType0 | Unset): Represents the data needed for a single Taxi (2U form library)
            lead capture form.
        program_duration_override (int | None | Unset): Override value for the program duration.
        data_modified_timestamp (datetime.datetime | Unset): The timestamp of the last time the program data was
            modified.
        excluded_from_search (bool | Unset): Whether or not the content is searchable by the various enterprise program
            search tools.
        excluded_from_seo (bool | Unset): Whether the program should be excluded from the edX SEO.
        has_ofac_restrictions (bool | None | Unset): Whether the program and program content has OFAC restrictions, i.e.
            geographical restrictions as to where the course run can be sold.
        ofac_comment (str | Unset): Additional information on OFAC restrictions relating to the course run.
        overview (str | Unset): Overview text surrounding the program.
        weeks_to_complete (int | None | Unset): The estimated number of weeks required to complete the program.
        weeks_to_complete_max (int | None | Unset): The maximum number of estimated weeks required to complete the
            program.
        weeks_to_complete_min (int | None | Unset): The minimum number of estimated weeks required to complete the
            program.
        min_hours_effort_per_week (int | None | Unset): The minimum number of estimated hours of effort per week.
        max_hours_effort_per_week (int | None | Unset): The maximum number of estimated hours of effort per week.
        video (None | ProgramVideoType0 | Unset): The program About video record.
        expected_learning_items (list[ProgramExpectedLearningItemsItem] | Unset): Elements of the course learning items
            records.
        faq (list[str] | Unset): List of HTML representations of the course FAQ sections under the program.
        credit_backing_organizations (list[ProgramCreditBackingOrganizationsItem] | Unset): List of organization records
            associated with the credit earned by the program.
        corporate_endorsements (list[ProgramCorporateEndorsementsItem] | Unset): List of endorsement records associated
            with the program.
        job_outlook_items (list[ProgramJobOutlookItemsItem] | Unset): Job outlook records associated with the program.
        individual_endorsements (list[ProgramIndividualEndorsementsItem] | Unset): List of endorsement records
            associated with the program.
        languages (list[str] | Unset): List of languages used in the program.
        transcript_languages (list[str] | Unset): List of languages used in the program's transcripts.
        subjects (list[ProgramSubjectsItem] | Unset): The academic subjects that the program covers.
        price_ranges (list[int] | Unset): Price ranges for the program.
        staff (list[ProgramStaffItem] | Unset): Staff users associated with the course run.
        credit_redemption_overview (None | ProgramCreditRedemptionOverviewType0 | Unset): Redemption overview record
            associated with the program.
        applicable_seat_types (list[str] | Unset): Array of string representation of the different seat types offered by
            the program.
        instructor_ordering (list[ProgramInstructorOrderingItem] | Unset): Ordered instructor records associated with
            the programs.
        enrollment_count (int | Unset): Total number of learners who have enrolled in this program.
        topics (list[ProgramTopicsItem] | Unset): List of topic records related to the program.
        credit_value (int | Unset): The total credit value for the program.
        enterprise_subscription_inclusion (bool | Unset): Whether the program is tagged to be included in the enterprise
            subscription package.
        geolocation (None | ProgramGeolocationType0 | Unset): Geographic location for the course, if one exists.
        location_restriction (None | ProgramLocationRestrictionType0 | Unset): Course location restriction record.
        is_2u_degree_program (bool | Unset): Whether or not the program is a 2u degree program.
        in_year_value (None | ProgramInYearValueType0 | Unset): Record related to projected value for a course.
        skill_names (list[str] | Unset): List of skill names associated with the program.
        skills (list[ProgramSkillsItem] | Unset): List of skill records associated with the program.
        product_source (ProgramProductSource | Unset): Product source record associated with the program.
        subscription_eligible (bool | None | Unset): Whether the program is eligible for subscriptions.
        subscription_prices (list[int] | Unset): List of subscription prices for the program.
        enrollment_url (str | Unset): The URL for the enrollment page.
    """

    uuid: str | Unset = UNSET
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    type_: ProgramType | Unset = UNSET
    type_attrs: ProgramTypeAttrs | Unset = UNSET
    status: str | Unset = UNSET
    marketing_slug: str | Unset = UNSET
    marketing_url: str | Unset = UNSET
    banner_image: ProgramBannerImage | Unset = UNSET
    hidden: bool | Unset = UNSET
    courses: list[ProgramCoursesItem] | Unset = UNSET
    authoring_organizations: list[ProgramAuthoringOrganizationsItem] | Unset = UNSET
    card_image_url: str | Unset = UNSET
    is_program_eligible_for_one_click_purchase: bool | Unset = UNSET
    degree: ProgramDegree | Unset = UNSET
    curricula: list[ProgramCurriculaItem] | Unset = UNSET
    marketing_hook: str | Unset = UNSET
    total_hours_of_effort: int | None | Unset = UNSET
    recent_enrollment_count: int | Unset = UNSET
    organization_short_code_override: str | Unset = UNSET
    organization_logo_override_url: None | str | Unset = UNSET
    primary_subject_override: ProgramPrimarySubjectOverride | Unset = UNSET
    level_type_override: ProgramLevelTypeOverride | Unset = UNSET
    language_override: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    taxi_form: None | ProgramTaxiFormType0 | Unset = UNSET
    program_duration_override: int | None | Unset = UNSET
    data_modified_timestamp: datetime.datetime | Unset = UNSET
    excluded_from_search: bool | Unset = UNSET
    excluded_from_seo: bool | Unset = UNSET
    has_ofac_restrictions: bool | None | Unset = UNSET
    ofac_comment: str | Unset = UNSET
    overview: str | Unset = UNSET
    weeks_to_complete: int | None | Unset = UNSET
    weeks_to_complete_max: int | None | Unset = UNSET
    weeks_to_complete_min: int | None | Unset = UNSET
    min_hours_effort_per_week: int | None | Unset = UNSET
    max_hours_effort_per_week: int | None | Unset = UNSET
    video: None | ProgramVideoType0 | Unset = UNSET
    expected_learning_items: list[ProgramExpectedLearningItemsItem] | Unset = UNSET
    faq: list[str] | Unset = UNSET
    credit_backing_organizations: list[ProgramCreditBackingOrganizationsItem] | Unset = UNSET
    corporate_endorsements: list[ProgramCorporateEndorsementsItem] | Unset = UNSET
    job_outlook_items: list[ProgramJobOutlookItemsItem] | Unset = UNSET
    individual_endorsements: list[ProgramIndividualEndorsementsItem] | Unset = UNSET
    languages: list[str] | Unset = UNSET
    transcript_languages: list[str] | Unset = UNSET
    subjects: list[ProgramSubjectsItem] | Unset = UNSET
    price_ranges: list[int] | Unset = UNSET
    staff: list[ProgramStaffItem] | Unset = UNSET
    credit_redemption_overview: None | ProgramCreditRedemptionOverviewType0 | Unset = UNSET
    applicable_seat_types: list[str] | Unset = UNSET
    instructor_ordering: list[ProgramInstructorOrderingItem] | Unset = UNSET
    enrollment_count: int | Unset = UNSET
    topics: list[ProgramTopicsItem] | Unset = UNSET
    credit_value: int | Unset = UNSET
    enterprise_subscription_inclusion: bool | Unset = UNSET
    geolocation: None | ProgramGeolocationType0 | Unset = UNSET
    location_restriction: None | ProgramLocationRestrictionType0 | Unset = UNSET
    is_2u_degree_program: bool | Unset = UNSET
    in_year_value: None | ProgramInYearValueType0 | Unset = UNSET
    skill_names: list[str] | Unset = UNSET
    skills: list[ProgramSkillsItem] | Unset = UNSET
    product_source: ProgramProductSource | Unset = UNSET
    subscription_eligible: bool | None | Unset = UNSET
    subscription_prices: list[int] | Unset = UNSET
    enrollment_url: str | Unset = UNSET
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        type_attrs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_attrs, Unset):
            type_attrs = self.type_attrs.to_dict()

        status = self.status

        marketing_slug = self.marketing_slug

        marketing_url = self.marketing_url

        banner_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banner_image, Unset):
            banner_image = self.banner_image.to_dict()

        hidden = self.hidden

        courses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.courses, Unset):
            courses = []
            for courses_item_data in self.courses:
                courses_item = courses_item_data.to_dict()
                courses.append(courses_item)

        authoring_organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authoring_organizations, Unset):
            authoring_organizations = []
            for authoring_organizations_item_data in self.authoring_organizations:
                authoring_organizations_item = authoring_organizations_item_data.to_dict()
                authoring_organizations.append(authoring_organizations_item)

        card_image_url = self.card_image_url

        is_program_eligible_for_one_click_purchase = self.is_program_eligible_for_one_click_purchase

        degree: dict[str, Any] | Unset = UNSET
        if not isinstance(self.degree, Unset):
            degree = self.degree.to_dict()

        curricula: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.curricula, Unset):
            curricula = []
            for curricula_item_data in self.curricula:
                curricula_item = curricula_item_data.to_dict()
                curricula.append(curricula_item)

        marketing_hook = self.marketing_hook

        total_hours_of_effort: int | None | Unset
        if isinstance(self.total_hours_of_effort, Unset):
            total_hours_of_effort = UNSET
        else:
            total_hours_of_effort = self.total_hours_of_effort

        recent_enrollment_count = self.recent_enrollment_count

        organization_short_code_override = self.organization_short_code_override

        organization_logo_override_url: None | str | Unset
        if isinstance(self.organization_logo_override_url, Unset):
            organization_logo_override_url = UNSET
        else:
            organization_logo_override_url = self.organization_logo_override_url

        primary_subject_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_subject_override, Unset):
            primary_subject_override = self.primary_subject_override.to_dict()

        level_type_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.level_type_override, Unset):
            level_type_override = self.level_type_override.to_dict()

        language_override = self.language_override

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        taxi_form: dict[str, Any] | None | Unset
        if isinstance(self.taxi_form, Unset):
            taxi_form = UNSET
        elif isinstance(self.taxi_form, ProgramTaxiFormType0):
            taxi_form = self.taxi_form.to_dict()
        else:
            taxi_form = self.taxi_form

        program_duration_override: int | None | Unset
        if isinstance(self.program_duration_override, Unset):
            program_duration_override = UNSET
        else:
            program_duration_override = self.program_duration_override

        data_modified_timestamp: str | Unset = UNSET
        if not isinstance(self.data_modified_timestamp, Unset):
            data_modified_timestamp = self.data_modified_timestamp.isoformat()

        excluded_from_search = self.excluded_from_search

        excluded_from_seo = self.excluded_from_seo

        has_ofac_restrictions: bool | None | Unset
        if isinstance(self.has_ofac_restrictions, Unset):
            has_ofac_restrictions = UNSET
        else:
            has_ofac_restrictions = self.has_ofac_restrictions

        ofac_comment = self.ofac_comment

        overview = self.overview

        weeks_to_complete: int | None | Unset
        if isinstance(self.weeks_to_complete, Unset):
            weeks_to_complete = UNSET
        else:
            weeks_to_complete = self.weeks_to_complete

        weeks_to_complete_max: int | None | Unset
        if isinstance(self.weeks_to_complete_max, Unset):
            weeks_to_complete_max = UNSET
        else:
            weeks_to_complete_max = self.weeks_to_complete_max

        weeks_to_complete_min: int | None | Unset
        if isinstance(self.weeks_to_complete_min, Unset):
            weeks_to_complete_min = UNSET
        else:
            weeks_to_complete_min = self.weeks_to_complete_min

        min_hours_effort_per_week: int | None | Unset
        if isinstance(self.min_hours_effort_per_week, Unset):
            min_hours_effort_per_week = UNSET
        else:
            min_hours_effort_per_week = self.min_hours_effort_per_week

        max_hours_effort_per_week: int | None | Unset
        if isinstance(self.max_hours_effort_per_week, Unset):
            max_hours_effort_per_week = UNSET
        else:
            max_hours_effort_per_week = self.max_hours_effort_per_week

        video: dict[str, Any] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, ProgramVideoType0):
            video = self.video.to_dict()
        else:
            video = self.video

        expected_learning_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expected_learning_items, Unset):
            expected_learning_items = []
            for expected_learning_items_item_data in self.expected_learning_items:
                expected_learning_items_item = expected_learning_items_item_data.to_dict()
                expected_learning_items.append(expected_learning_items_item)

        faq: list[str] | Unset = UNSET
        if not isinstance(self.faq, Unset):
            faq = self.faq

        credit_backing_organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_backing_organizations, Unset):
            credit_backing_organizations = []
            for credit_backing_organizations_item_data in self.credit_backing_organizations:
                credit_backing_organizations_item = credit_backing_organizations_item_data.to_dict()
                credit_backing_organizations.append(credit_backing_organizations_item)

        corporate_endorsements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corporate_endorsements, Unset):
            corporate_endorsements = []
            for corporate_endorsements_item_data in self.corporate_endorsements:
                corporate_endorsements_item = corporate_endorsements_item_data.to_dict()
                corporate_endorsements.append(corporate_endorsements_item)

        job_outlook_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_outlook_items, Unset):
            job_outlook_items = []
            for job_outlook_items_item_data in self.job_outlook_items:
                job_outlook_items_item = job_outlook_items_item_data.to_dict()
                job_outlook_items.append(job_outlook_items_item)

        individual_endorsements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.individual_endorsements, Unset):
            individual_endorsements = []
            for individual_endorsements_item_data in self.individual_endorsements:
                individual_endorsements_item = individual_endorsements_item_data.to_dict()
                individual_endorsements.append(individual_endorsements_item)

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        transcript_languages: list[str] | Unset = UNSET
        if not isinstance(self.transcript_languages, Unset):
            transcript_languages = self.transcript_languages

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        price_ranges: list[int] | Unset = UNSET
        if not isinstance(self.price_ranges, Unset):
            price_ranges = self.price_ranges

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        credit_redemption_overview: dict[str, Any] | None | Unset
        if isinstance(self.credit_redemption_overview, Unset):
            credit_redemption_overview = UNSET
        elif isinstance(self.credit_redemption_overview, ProgramCreditRedemptionOverviewType0):
            credit_redemption_overview = self.credit_redemption_overview.to_dict()
        else:
            credit_redemption_overview = self.credit_redemption_overview

        applicable_seat_types: list[str] | Unset = UNSET
        if not isinstance(self.applicable_seat_types, Unset):
            applicable_seat_types = self.applicable_seat_types

        instructor_ordering: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructor_ordering, Unset):
            instructor_ordering = []
            for instructor_ordering_item_data in self.instructor_ordering:
                instructor_ordering_item = instructor_ordering_item_data.to_dict()
                instructor_ordering.append(instructor_ordering_item)

        enrollment_count = self.enrollment_count

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        credit_value = self.credit_value

        enterprise_subscription_inclusion = self.enterprise_subscription_inclusion

        geolocation: dict[str, Any] | None | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        elif isinstance(self.geolocation, ProgramGeolocationType0):
            geolocation = self.geolocation.to_dict()
        else:
            geolocation = self.geolocation

        location_restriction: dict[str, Any] | None | Unset
        if isinstance(self.location_restriction, Unset):
            location_restriction = UNSET
        elif isinstance(self.location_restriction, ProgramLocationRestrictionType0):
            location_restriction = self.location_restriction.to_dict()
        else:
            location_restriction = self.location_restriction

        is_2u_degree_program = self.is_2u_degree_program

        in_year_value: dict[str, Any] | None | Unset
        if isinstance(self.in_year_value, Unset):
            in_year_value = UNSET
        elif isinstance(self.in_year_value, ProgramInYearValueType0):
            in_year_value = self.in_year_value.to_dict()
        else:
            in_year_value = self.in_year_value

        skill_names: list[str] | Unset = UNSET
        if not isinstance(self.skill_names, Unset):
            skill_names = self.skill_names

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        product_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_source, Unset):
            product_source = self.product_source.to_dict()

        subscription_eligible: bool | None | Unset
        if isinstance(self.subscription_eligible, Unset):
            subscription_eligible = UNSET
        else:
            subscription_eligible = self.subscription_eligible

        subscription_prices: list[int] | Unset = UNSET
        if not isinstance(self.subscription_prices, Unset):
            subscription_prices = self.subscription_prices

        enrollment_url = self.enrollment_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_attrs is not UNSET:
            field_dict["type_attrs"] = type_attrs
        if status is not UNSET:
            field_dict["status"] = status
        if marketing_slug is not UNSET:
            field_dict["marketing_slug"] = marketing_slug
        if marketing_url is not UNSET:
            field_dict["marketing_url"] = marketing_url
        if banner_image is not UNSET:
            field_dict["banner_image"] = banner_image
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if courses is not UNSET:
            field_dict["courses"] = courses
        if authoring_organizations is not UNSET:
            field_dict["authoring_organizations"] = authoring_organizations
        if card_image_url is not UNSET:
            field_dict["card_image_url"] = card_image_url
        if is_program_eligible_for_one_click_purchase is not UNSET:
            field_dict["is_program_eligible_for_one_click_purchase"] = is_program_eligible_for_one_click_purchase
        if degree is not UNSET:
            field_dict["degree"] = degree
        if curricula is not UNSET:
            field_dict["curricula"] = curricula
        if marketing_hook is not UNSET:
            field_dict["marketing_hook"] = marketing_hook
        if total_hours_of_effort is not UNSET:
            field_dict["total_hours_of_effort"] = total_hours_of_effort
        if recent_enrollment_count is not UNSET:
            field_dict["recent_enrollment_count"] = recent_enrollment_count
        if organization_short_code_override is not UNSET:
            field_dict["organization_short_code_override"] = organization_short_code_override
        if organization_logo_override_url is not UNSET:
            field_dict["organization_logo_override_url"] = organization_logo_override_url
        if primary_subject_override is not UNSET:
            field_dict["primary_subject_override"] = primary_subject_override
        if level_type_override is not UNSET:
            field_dict["level_type_override"] = level_type_override
        if language_override is not UNSET:
            field_dict["language_override"] = language_override
        if labels is not UNSET:
            field_dict["labels"] = labels
        if taxi_form is not UNSET:
            field_dict["taxi_form"] = taxi_form
        if program_duration_override is not UNSET:
            field_dict["program_duration_override"] = program_duration_override
        if data_modified_timestamp is not UNSET:
            field_dict["data_modified_timestamp"] = data_modified_timestamp
        if excluded_from_search is not UNSET:
            field_dict["excluded_from_search"] = excluded_from_search
        if excluded_from_seo is not UNSET:
            field_dict["excluded_from_seo"] = excluded_from_seo
        if has_ofac_restrictions is not UNSET:
            field_dict["has_ofac_restrictions"] = has_ofac_restrictions
        if ofac_comment is not UNSET:
            field_dict["ofac_comment"] = ofac_comment
        if overview is not UNSET:
            field_dict["overview"] = overview
        if weeks_to_complete is not UNSET:
            field_dict["weeks_to_complete"] = weeks_to_complete
        if weeks_to_complete_max is not UNSET:
            field_dict["weeks_to_complete_max"] = weeks_to_complete_max
        if weeks_to_complete_min is not UNSET:
            field_dict["weeks_to_complete_min"] = weeks_to_complete_min
        if min_hours_effort_per_week is not UNSET:
            field_dict["min_hours_effort_per_week"] = min_hours_effort_per_week
        if max_hours_effort_per_week is not UNSET:
            field_dict["max_hours_effort_per_week"] = max_hours_effort_per_week
        if video is not UNSET:
            field_dict["video"] = video
        if expected_learning_items is not UNSET:
            field_dict["expected_learning_items"] = expected_learning_items
        if faq is not UNSET:
            field_dict["faq"] = faq
        if credit_backing_organizations is not UNSET:
            field_dict["credit_backing_organizations"] = credit_backing_organizations
        if corporate_endorsements is not UNSET:
            field_dict["corporate_endorsements"] = corporate_endorsements
        if job_outlook_items is not UNSET:
            field_dict["job_outlook_items"] = job_outlook_items
        if individual_endorsements is not UNSET:
            field_dict["individual_endorsements"] = individual_endorsements
        if languages is not UNSET:
            field_dict["languages"] = languages
        if transcript_languages is not UNSET:
            field_dict["transcript_languages"] = transcript_languages
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if price_ranges is not UNSET:
            field_dict["price_ranges"] = price_ranges
        if staff is not UNSET:
            field_dict["staff"] = staff
        if credit_redemption_overview is not UNSET:
            field_dict["credit_redemption_overview"] = credit_redemption_overview
        if applicable_seat_types is not UNSET:
            field_dict["applicable_seat_types"] = applicable_seat_types
        if instructor_ordering is not UNSET:
            field_dict["instructor_ordering"] = instructor_ordering
        if enrollment_count is not UNSET:
            field_dict["enrollment_count"] = enrollment_count
        if topics is not UNSET:
            field_dict["topics"] = topics
        if credit_value is not UNSET:
            field_dict["credit_value"] = credit_value
        if enterprise_subscription_inclusion is not UNSET:
            field_dict["enterprise_subscription_inclusion"] = enterprise_subscription_inclusion
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if location_restriction is not UNSET:
            field_dict["location_restriction"] = location_restriction
        if is_2u_degree_program is not UNSET:
            field_dict["is_2u_degree_program"] = is_2u_degree_program
        if in_year_value is not UNSET:
            field_dict["in_year_value"] = in_year_value
        if skill_names is not UNSET:
            field_dict["skill_names"] = skill_names
        if skills is not UNSET:
            field_dict["skills"] = skills
        if product_source is not UNSET:
            field_dict["product_source"] = product_source
        if subscription_eligible is not UNSET:
            field_dict["subscription_eligible"] = subscription_eligible
        if subscription_prices is not UNSET:
            field_dict["subscription_prices"] = subscription_prices
        if enrollment_url is not UNSET:
            field_dict["enrollment_url"] = enrollment_url

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
        uuid = d.pop("uuid", UNSET)

        title = d.pop("title", UNSET)

        subtitle = d.pop("subtitle", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProgramType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProgramType(_type_)

        _type_attrs = d.pop("type_attrs", UNSET)
        type_attrs: ProgramTypeAttrs | Unset
        if isinstance(_type_attrs, Unset):
            type_attrs = UNSET
        else:
            type_attrs = ProgramTypeAttrs.from_dict(_type_attrs)

        status = d.pop("status", UNSET)

        marketing_slug = d.pop("marketing_slug", UNSET)

        marketing_url = d.pop("marketing_url", UNSET)

        _banner_image = d.pop("banner_image", UNSET)
        banner_image: ProgramBannerImage | Unset
        if isinstance(_banner_image, Unset):
            banner_image = UNSET
        else:
            banner_image = ProgramBannerImage.from_dict(_banner_image)

        hidden = d.pop("hidden", UNSET)

        _courses = d.pop("courses", UNSET)
        courses: list[ProgramCoursesItem] | Unset = UNSET
        if _courses is not UNSET:
            courses = []
            for courses_item_data in _courses:
                courses_item = ProgramCoursesItem.from_dict(courses_item_data)

                courses.append(courses_item)

        _authoring_organizations = d.pop("authoring_organizations", UNSET)
        authoring_organizations: list[ProgramAuthoringOrganizationsItem] | Unset = UNSET
        if _authoring_organizations is not UNSET:
            authoring_organizations = []
            for authoring_organizations_item_data in _authoring_organizations:
                authoring_organizations_item = ProgramAuthoringOrganizationsItem.from_dict(
                    authoring_organizations_item_data
                )

                authoring_organizations.append(authoring_organizations_item)

        card_image_url = d.pop("card_image_url", UNSET)

        is_program_eligible_for_one_click_purchase = d.pop("is_program_eligible_for_one_click_purchase", UNSET)

        _degree = d.pop("degree", UNSET)
        degree: ProgramDegree | Unset
        if isinstance(_degree, Unset):
            degree = UNSET
        else:
            degree = ProgramDegree.from_dict(_degree)

        _curricula = d.pop("curricula", UNSET)
        curricula: list[ProgramCurriculaItem] | Unset = UNSET
        if _curricula is not UNSET:
            curricula = []
            for curricula_item_data in _curricula:
                curricula_item = ProgramCurriculaItem.from_dict(curricula_item_data)

                curricula.append(curricula_item)

        marketing_hook = d.pop("marketing_hook", UNSET)

        def _parse_total_hours_of_effort(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_hours_of_effort = _parse_total_hours_of_effort(d.pop("total_hours_of_effort", UNSET))

        recent_enrollment_count = d.pop("recent_enrollment_count", UNSET)

        organization_short_code_override = d.pop("organization_short_code_override", UNSET)

        def _parse_organization_logo_override_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_logo_override_url = _parse_organization_logo_override_url(
            d.pop("organization_logo_override_url", UNSET)
        )

        _primary_subject_override = d.pop("primary_subject_override", UNSET)
        primary_subject_override: ProgramPrimarySubjectOverride | Unset
        if isinstance(_primary_subject_override, Unset):
            primary_subject_override = UNSET
        else:
            primary_subject_override = ProgramPrimarySubjectOverride.from_dict(_primary_subject_override)

        _level_type_override = d.pop("level_type_override", UNSET)
        level_type_override: ProgramLevelTypeOverride | Unset
        if isinstance(_level_type_override, Unset):
            level_type_override = UNSET
        else:
            level_type_override = ProgramLevelTypeOverride.from_dict(_level_type_override)

        language_override = d.pop("language_override", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        def _parse_taxi_form(data: object) -> None | ProgramTaxiFormType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                taxi_form_type_0 = ProgramTaxiFormType0.from_dict(data)

                return taxi_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramTaxiFormType0 | Unset, data)

        taxi_form = _parse_taxi_form(d.pop("taxi_form", UNSET))

        def _parse_program_duration_override(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        program_duration_override = _parse_program_duration_override(d.pop("program_duration_override", UNSET))

        _data_modified_timestamp = d.pop("data_modified_timestamp", UNSET)
        data_modified_timestamp: datetime.datetime | Unset
        if isinstance(_data_modified_timestamp, Unset):
            data_modified_timestamp = UNSET
        else:
            data_modified_timestamp = datetime.datetime.fromisoformat(_data_modified_timestamp)

        excluded_from_search = d.pop("excluded_from_search", UNSET)

        excluded_from_seo = d.pop("excluded_from_seo", UNSET)

        def _parse_has_ofac_restrictions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_ofac_restrictions = _parse_has_ofac_restrictions(d.pop("has_ofac_restrictions", UNSET))

        ofac_comment = d.pop("ofac_comment", UNSET)

        overview = d.pop("overview", UNSET)

        def _parse_weeks_to_complete(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weeks_to_complete = _parse_weeks_to_complete(d.pop("weeks_to_complete", UNSET))

        def _parse_weeks_to_complete_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weeks_to_complete_max = _parse_weeks_to_complete_max(d.pop("weeks_to_complete_max", UNSET))

        def _parse_weeks_to_complete_min(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weeks_to_complete_min = _parse_weeks_to_complete_min(d.pop("weeks_to_complete_min", UNSET))

        def _parse_min_hours_effort_per_week(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_hours_effort_per_week = _parse_min_hours_effort_per_week(d.pop("min_hours_effort_per_week", UNSET))

        def _parse_max_hours_effort_per_week(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_hours_effort_per_week = _parse_max_hours_effort_per_week(d.pop("max_hours_effort_per_week", UNSET))

        def _parse_video(data: object) -> None | ProgramVideoType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = ProgramVideoType0.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramVideoType0 | Unset, data)

        video = _parse_video(d.pop("video", UNSET))

        _expected_learning_items = d.pop("expected_learning_items", UNSET)
        expected_learning_items: list[ProgramExpectedLearningItemsItem] | Unset = UNSET
        if _expected_learning_items is not UNSET:
            expected_learning_items = []
            for expected_learning_items_item_data in _expected_learning_items:
                expected_learning_items_item = ProgramExpectedLearningItemsItem.from_dict(
                    expected_learning_items_item_data
                )

                expected_learning_items.append(expected_learning_items_item)

        faq = cast(list[str], d.pop("faq", UNSET))

        _credit_backing_organizations = d.pop("credit_backing_organizations", UNSET)
        credit_backing_organizations: list[ProgramCreditBackingOrganizationsItem] | Unset = UNSET
        if _credit_backing_organizations is not UNSET:
            credit_backing_organizations = []
            for credit_backing_organizations_item_data in _credit_backing_organizations:
                credit_backing_organizations_item = ProgramCreditBackingOrganizationsItem.from_dict(
                    credit_backing_organizations_item_data
                )

                credit_backing_organizations.append(credit_backing_organizations_item)

        _corporate_endorsements = d.pop("corporate_endorsements", UNSET)
        corporate_endorsements: list[ProgramCorporateEndorsementsItem] | Unset = UNSET
        if _corporate_endorsements is not UNSET:
            corporate_endorsements = []
            for corporate_endorsements_item_data in _corporate_endorsements:
                corporate_endorsements_item = ProgramCorporateEndorsementsItem.from_dict(
                    corporate_endorsements_item_data
                )

                corporate_endorsements.append(corporate_endorsements_item)

        _job_outlook_items = d.pop("job_outlook_items", UNSET)
        job_outlook_items: list[ProgramJobOutlookItemsItem] | Unset = UNSET
        if _job_outlook_items is not UNSET:
            job_outlook_items = []
            for job_outlook_items_item_data in _job_outlook_items:
                job_outlook_items_item = ProgramJobOutlookItemsItem.from_dict(job_outlook_items_item_data)

                job_outlook_items.append(job_outlook_items_item)

        _individual_endorsements = d.pop("individual_endorsements", UNSET)
        individual_endorsements: list[ProgramIndividualEndorsementsItem] | Unset = UNSET
        if _individual_endorsements is not UNSET:
            individual_endorsements = []
            for individual_endorsements_item_data in _individual_endorsements:
                individual_endorsements_item = ProgramIndividualEndorsementsItem.from_dict(
                    individual_endorsements_item_data
                )

                individual_endorsements.append(individual_endorsements_item)

        languages = cast(list[str], d.pop("languages", UNSET))

        transcript_languages = cast(list[str], d.pop("transcript_languages", UNSET))

        _subjects = d.pop("subjects", UNSET)
        subjects: list[ProgramSubjectsItem] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = ProgramSubjectsItem.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        price_ranges = cast(list[int], d.pop("price_ranges", UNSET))

        _staff = d.pop("staff", UNSET)
        staff: list[ProgramStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = ProgramStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        def _parse_credit_redemption_overview(data: object) -> None | ProgramCreditRedemptionOverviewType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credit_redemption_overview_type_0 = ProgramCreditRedemptionOverviewType0.from_dict(data)

                return credit_redemption_overview_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramCreditRedemptionOverviewType0 | Unset, data)

        credit_redemption_overview = _parse_credit_redemption_overview(d.pop("credit_redemption_overview", UNSET))

        applicable_seat_types = cast(list[str], d.pop("applicable_seat_types", UNSET))

        _instructor_ordering = d.pop("instructor_ordering", UNSET)
        instructor_ordering: list[ProgramInstructorOrderingItem] | Unset = UNSET
        if _instructor_ordering is not UNSET:
            instructor_ordering = []
            for instructor_ordering_item_data in _instructor_ordering:
                instructor_ordering_item = ProgramInstructorOrderingItem.from_dict(instructor_ordering_item_data)

                instructor_ordering.append(instructor_ordering_item)

        enrollment_count = d.pop("enrollment_count", UNSET)

        _topics = d.pop("topics", UNSET)
        topics: list[ProgramTopicsItem] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = ProgramTopicsItem.from_dict(topics_item_data)

                topics.append(topics_item)

        credit_value = d.pop("credit_value", UNSET)

        enterprise_subscription_inclusion = d.pop("enterprise_subscription_inclusion", UNSET)

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

        def _parse_location_restriction(data: object) -> None | ProgramLocationRestrictionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_restriction_type_0 = ProgramLocationRestrictionType0.from_dict(data)

                return location_restriction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramLocationRestrictionType0 | Unset, data)

        location_restriction = _parse_location_restriction(d.pop("location_restriction", UNSET))

        is_2u_degree_program = d.pop("is_2u_degree_program", UNSET)

        def _parse_in_year_value(data: object) -> None | ProgramInYearValueType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                in_year_value_type_0 = ProgramInYearValueType0.from_dict(data)

                return in_year_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramInYearValueType0 | Unset, data)

        in_year_value = _parse_in_year_value(d.pop("in_year_value", UNSET))

        skill_names = cast(list[str], d.pop("skill_names", UNSET))

        _skills = d.pop("skills", UNSET)
        skills: list[ProgramSkillsItem] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = ProgramSkillsItem.from_dict(skills_item_data)

                skills.append(skills_item)

        _product_source = d.pop("product_source", UNSET)
        product_source: ProgramProductSource | Unset
        if isinstance(_product_source, Unset):
            product_source = UNSET
        else:
            product_source = ProgramProductSource.from_dict(_product_source)

        def _parse_subscription_eligible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        subscription_eligible = _parse_subscription_eligible(d.pop("subscription_eligible", UNSET))

        subscription_prices = cast(list[int], d.pop("subscription_prices", UNSET))

        enrollment_url = d.pop("enrollment_url", UNSET)

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
            geolocation=geolocation,
            location_restriction=location_restriction,
            is_2u_degree_program=is_2u_degree_program,
            in_year_value=in_year_value,
            skill_names=skill_names,
            skills=skills,
            product_source=product_source,
            subscription_eligible=subscription_eligible,
            subscription_prices=subscription_prices,
            enrollment_url=enrollment_url,
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
