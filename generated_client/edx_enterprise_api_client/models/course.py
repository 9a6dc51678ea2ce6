from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_additional_metadata_type_0 import CourseAdditionalMetadataType0
    from ..models.course_collaborators_item import CourseCollaboratorsItem
    from ..models.course_editors_item import CourseEditorsItem
    from ..models.course_entitlements_item import CourseEntitlementsItem
    from ..models.course_geolocation_type_0 import CourseGeolocationType0
    from ..models.course_image import CourseImage
    from ..models.course_in_year_value_type_0 import CourseInYearValueType0
    from ..models.course_location_restriction_type_0 import CourseLocationRestrictionType0
    from ..models.course_original_image_type_0 import CourseOriginalImageType0
    from ..models.course_owners_item import CourseOwnersItem
    from ..models.course_prerequisites_item import CoursePrerequisitesItem
    from ..models.course_product_source import CourseProductSource
    from ..models.course_programs_item import CourseProgramsItem
    from ..models.course_run import CourseRun
    from ..models.course_skills_item import CourseSkillsItem
    from ..models.course_subjects_item import CourseSubjectsItem
    from ..models.course_topics_item import CourseTopicsItem
    from ..models.course_video_type_0 import CourseVideoType0


T = TypeVar("T", bound="Course")


@_attrs_define
class Course:
    """
    Attributes:
        key (str | Unset): A unique identifier for the course. Example: ``edX+DemoX``.
        uuid (str | Unset): The unique identifier for the course. Example: ``0dbd8181-8866-47fc...``
        title (str | Unset): The title of the course.
        course_runs (list[CourseRun] | Unset): The currently existing course runs for the course.
        enrollment_url (str | Unset): The URL for the enrollment page.
        entitlements (list[CourseEntitlementsItem] | Unset): Information about seat purchase options. Items includes
            ``mode``, ``price``, ``currency``, ``sku`` and ``expires``.
        owners (list[CourseOwnersItem] | Unset): The institution that offers the course.
        image (CourseImage | Unset): The About page image for the course.
        short_description (str | Unset): The HTML short description of the course.
        type_ (str | Unset): UUID associated with the course type object.
        url_slug (str | Unset): The course identifying slug used in related url paths
        course_type (str | Unset): The course type. Example: ``verified-audit``.
        enterprise_subscription_inclusion (bool | Unset): Signifies if this course is in the enterprise subscription
            catalog.
        excluded_from_seo (bool | Unset): Signifies if the course's About Page will be excluded from indexing.
        excluded_from_search (bool | Unset): Signifies if this course will show up in search results.
        full_description (str | Unset): The HTML full description of the course.
        level_type (str | Unset): The course's level of difficulty, such as ``Intermediate`` or ``Advanced``.
        subjects (list[CourseSubjectsItem] | Unset): The academic subjects that the course covers.
        prerequisites (list[CoursePrerequisitesItem] | Unset): Any courses a learner must complete before enrolling in
            the current course.
        prerequisites_raw (None | str | Unset): Any courses a learner must complete before enrolling in the current
            course.
        expected_learning_items (list[Any] | Unset): Elements of the course learning items records.
        video (CourseVideoType0 | None | Unset): The course About video record.
        sponsors (list[Any] | Unset): The corporate sponsors for the course.
        modified (datetime.datetime | Unset): The most recent date and time when the course metadata was modified.
        marketing_url (str | Unset): The URL for the course About page.
        syllabus_raw (None | str | Unset): The course syllabus.
        outcome (str | Unset): What learners will learn from the course.
        original_image (CourseOriginalImageType0 | None | Unset): The URL of the original unmodified image for the
            course About page.
        card_image_url (None | str | Unset): The URL of the card image for the various course card enterprise
            components.
        canonical_course_run_key (str | Unset): The unique identifying key for the course's canonical course run.
            Example: ``course-v1:edx+tr1012+1T2021``
        extra_description (None | str | Unset): additional description text provided by the course author.
        additional_information (None | str | Unset): Additional information relating to the course in HTML form. This
            information is only provided by administrators, not course authors, and as such may hold special HTML that is
            normally not allowed.
        additional_metadata (CourseAdditionalMetadataType0 | None | Unset): Additional course metadata associated with
            2U courses external to the edX platform.
        faq (None | str | Unset): HTML representation of the course FAQ section.
        learner_testimonials (None | str | Unset): HTML representation of hte course learner testimonials section.
        enrollment_count (int | Unset): Total number of learners who have enrolled in this course.
        recent_enrollment_count (int | Unset): Total number of learners who have enrolled in this course in the last 6
            months.
        topics (list[CourseTopicsItem] | Unset): Topics associated with the course.
        key_for_reruns (str | Unset): Course author provided key that is used for all reruns of the course.
        url_slug_history (list[str] | Unset): List of course slugs used for the course throughout its lifespan.
        url_redirects (list[str] | Unset): List of course url redirects.
        course_run_statuses (list[str] | Unset): All unique course run status values associated with this course.
        editors (list[CourseEditorsItem] | Unset): List of course editor users.
        collaborators (list[CourseCollaboratorsItem] | Unset): List of course collaborators.
        skill_names (list[str] | Unset): List of skill names associated with the course.
        skills (list[CourseSkillsItem] | Unset): List of skill records associated with the course.
        organization_short_code_override (str | Unset): Organization short code overwritten string.
        organization_logo_override_url (None | str | Unset): Organization logo url overwritten.
        geolocation (CourseGeolocationType0 | None | Unset): Geographic location for the course, if one exists.
        location_restriction (CourseLocationRestrictionType0 | None | Unset): Course location restriction record.
        in_year_value (CourseInYearValueType0 | None | Unset): Record related to projected value for a course.
        product_source (CourseProductSource | Unset): Record related to course origin.
        data_modified_timestamp (datetime.datetime | Unset): The timestamp of the last time the course data was
            modified.
        watchers (list[str] | Unset): The list of email addresses that will be notified if any of the course runs are
            published or scheduled.
        programs (list[CourseProgramsItem] | Unset): Any programs that the course is part of.
        course_run_keys (list[str] | Unset): The list of associated course run keys.
        editable (bool | Unset): Whether the course is editable.
        advertised_course_run_uuid (str | Unset): Unique identifier of the primary advertised course run associated with
            the course.
    """

    key: str | Unset = UNSET
    uuid: str | Unset = UNSET
    title: str | Unset = UNSET
    course_runs: list[CourseRun] | Unset = UNSET
    enrollment_url: str | Unset = UNSET
    entitlements: list[CourseEntitlementsItem] | Unset = UNSET
    owners: list[CourseOwnersItem] | Unset = UNSET
    image: CourseImage | Unset = UNSET
    short_description: str | Unset = UNSET
    type_: str | Unset = UNSET
    url_slug: str | Unset = UNSET
    course_type: str | Unset = UNSET
    enterprise_subscription_inclusion: bool | Unset = UNSET
    excluded_from_seo: bool | Unset = UNSET
    excluded_from_search: bool | Unset = UNSET
    full_description: str | Unset = UNSET
    level_type: str | Unset = UNSET
    subjects: list[CourseSubjectsItem] | Unset = UNSET
    prerequisites: list[CoursePrerequisitesItem] | Unset = UNSET
    prerequisites_raw: None | str | Unset = UNSET
    expected_learning_items: list[Any] | Unset = UNSET
    video: CourseVideoType0 | None | Unset = UNSET
    sponsors: list[Any] | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    marketing_url: str | Unset = UNSET
    syllabus_raw: None | str | Unset = UNSET
    outcome: str | Unset = UNSET
    original_image: CourseOriginalImageType0 | None | Unset = UNSET
    card_image_url: None | str | Unset = UNSET
    canonical_course_run_key: str | Unset = UNSET
    extra_description: None | str | Unset = UNSET
    additional_information: None | str | Unset = UNSET
    additional_metadata: CourseAdditionalMetadataType0 | None | Unset = UNSET
    faq: None | str | Unset = UNSET
    learner_testimonials: None | str | Unset = UNSET
    enrollment_count: int | Unset = UNSET
    recent_enrollment_count: int | Unset = UNSET
    topics: list[CourseTopicsItem] | Unset = UNSET
    key_for_reruns: str | Unset = UNSET
    url_slug_history: list[str] | Unset = UNSET
    url_redirects: list[str] | Unset = UNSET
    course_run_statuses: list[str] | Unset = UNSET
    editors: list[CourseEditorsItem] | Unset = UNSET
    collaborators: list[CourseCollaboratorsItem] | Unset = UNSET
    skill_names: list[str] | Unset = UNSET
    skills: list[CourseSkillsItem] | Unset = UNSET
    organization_short_code_override: str | Unset = UNSET
    organization_logo_override_url: None | str | Unset = UNSET
    geolocation: CourseGeolocationType0 | None | Unset = UNSET
    location_restriction: CourseLocationRestrictionType0 | None | Unset = UNSET
    in_year_value: CourseInYearValueType0 | None | Unset = UNSET
    product_source: CourseProductSource | Unset = UNSET
    data_modified_timestamp: datetime.datetime | Unset = UNSET
    watchers: list[str] | Unset = UNSET
    programs: list[CourseProgramsItem] | Unset = UNSET
    course_run_keys: list[str] | Unset = UNSET
    editable: bool | Unset = UNSET
    advertised_course_run_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_additional_metadata_type_0 import CourseAdditionalMetadataType0  # noqa: PLC0415
        from ..models.course_geolocation_type_0 import CourseGeolocationType0  # noqa: PLC0415
        from ..models.course_in_year_value_type_0 import CourseInYearValueType0  # noqa: PLC0415
        from ..models.course_location_restriction_type_0 import CourseLocationRestrictionType0  # noqa: PLC0415
        from ..models.course_original_image_type_0 import CourseOriginalImageType0  # noqa: PLC0415
        from ..models.course_video_type_0 import CourseVideoType0  # noqa: PLC0415

        key = self.key

        uuid = self.uuid

        title = self.title

        course_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.course_runs, Unset):
            course_runs = []
            for course_runs_item_data in self.course_runs:
                course_runs_item = course_runs_item_data.to_dict()
                course_runs.append(course_runs_item)

        enrollment_url = self.enrollment_url

        entitlements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = []
            for entitlements_item_data in self.entitlements:
                entitlements_item = entitlements_item_data.to_dict()
                entitlements.append(entitlements_item)

        owners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.owners, Unset):
            owners = []
            for owners_item_data in self.owners:
                owners_item = owners_item_data.to_dict()
                owners.append(owners_item)

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        short_description = self.short_description

        type_ = self.type_

        url_slug = self.url_slug

        course_type = self.course_type

        enterprise_subscription_inclusion = self.enterprise_subscription_inclusion

        excluded_from_seo = self.excluded_from_seo

        excluded_from_search = self.excluded_from_search

        full_description = self.full_description

        level_type = self.level_type

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        prerequisites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prerequisites, Unset):
            prerequisites = []
            for prerequisites_item_data in self.prerequisites:
                prerequisites_item = prerequisites_item_data.to_dict()
                prerequisites.append(prerequisites_item)

        prerequisites_raw: None | str | Unset
        if isinstance(self.prerequisites_raw, Unset):
            prerequisites_raw = UNSET
        else:
            prerequisites_raw = self.prerequisites_raw

        expected_learning_items: list[Any] | Unset = UNSET
        if not isinstance(self.expected_learning_items, Unset):
            expected_learning_items = self.expected_learning_items

        video: dict[str, Any] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, CourseVideoType0):
            video = self.video.to_dict()
        else:
            video = self.video

        sponsors: list[Any] | Unset = UNSET
        if not isinstance(self.sponsors, Unset):
            sponsors = self.sponsors

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        marketing_url = self.marketing_url

        syllabus_raw: None | str | Unset
        if isinstance(self.syllabus_raw, Unset):
            syllabus_raw = UNSET
        else:
            syllabus_raw = self.syllabus_raw

        outcome = self.outcome

        original_image: dict[str, Any] | None | Unset
        if isinstance(self.original_image, Unset):
            original_image = UNSET
        elif isinstance(self.original_image, CourseOriginalImageType0):
            original_image = self.original_image.to_dict()
        else:
            original_image = self.original_image

        card_image_url: None | str | Unset
        if isinstance(self.card_image_url, Unset):
            card_image_url = UNSET
        else:
            card_image_url = self.card_image_url

        canonical_course_run_key = self.canonical_course_run_key

        extra_description: None | str | Unset
        if isinstance(self.extra_description, Unset):
            extra_description = UNSET
        else:
            extra_description = self.extra_description

        additional_information: None | str | Unset
        if isinstance(self.additional_information, Unset):
            additional_information = UNSET
        else:
            additional_information = self.additional_information

        additional_metadata: dict[str, Any] | None | Unset
        if isinstance(self.additional_metadata, Unset):
            additional_metadata = UNSET
        elif isinstance(self.additional_metadata, CourseAdditionalMetadataType0):
            additional_metadata = self.additional_metadata.to_dict()
        else:
            additional_metadata = self.additional_metadata

        faq: None | str | Unset
        if isinstance(self.faq, Unset):
            faq = UNSET
        else:
            faq = self.faq

        learner_testimonials: None | str | Unset
        if isinstance(self.learner_testimonials, Unset):
            learner_testimonials = UNSET
        else:
            learner_testimonials = self.learner_testimonials

        enrollment_count = self.enrollment_count

        recent_enrollment_count = self.recent_enrollment_count

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        key_for_reruns = self.key_for_reruns

        url_slug_history: list[str] | Unset = UNSET
        if not isinstance(self.url_slug_history, Unset):
            url_slug_history = self.url_slug_history

        url_redirects: list[str] | Unset = UNSET
        if not isinstance(self.url_redirects, Unset):
            url_redirects = self.url_redirects

        course_run_statuses: list[str] | Unset = UNSET
        if not isinstance(self.course_run_statuses, Unset):
            course_run_statuses = self.course_run_statuses

        editors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.editors, Unset):
            editors = []
            for editors_item_data in self.editors:
                editors_item = editors_item_data.to_dict()
                editors.append(editors_item)

        collaborators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = []
            for collaborators_item_data in self.collaborators:
                collaborators_item = collaborators_item_data.to_dict()
                collaborators.append(collaborators_item)

        skill_names: list[str] | Unset = UNSET
        if not isinstance(self.skill_names, Unset):
            skill_names = self.skill_names

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        organization_short_code_override = self.organization_short_code_override

        organization_logo_override_url: None | str | Unset
        if isinstance(self.organization_logo_override_url, Unset):
            organization_logo_override_url = UNSET
        else:
            organization_logo_override_url = self.organization_logo_override_url

        geolocation: dict[str, Any] | None | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        elif isinstance(self.geolocation, CourseGeolocationType0):
            geolocation = self.geolocation.to_dict()
        else:
            geolocation = self.geolocation

        location_restriction: dict[str, Any] | None | Unset
        if isinstance(self.location_restriction, Unset):
            location_restriction = UNSET
        elif isinstance(self.location_restriction, CourseLocationRestrictionType0):
            location_restriction = self.location_restriction.to_dict()
        else:
            location_restriction = self.location_restriction

        in_year_value: dict[str, Any] | None | Unset
        if isinstance(self.in_year_value, Unset):
            in_year_value = UNSET
        elif isinstance(self.in_year_value, CourseInYearValueType0):
            in_year_value = self.in_year_value.to_dict()
        else:
            in_year_value = self.in_year_value

        product_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_source, Unset):
            product_source = self.product_source.to_dict()

        data_modified_timestamp: str | Unset = UNSET
        if not isinstance(self.data_modified_timestamp, Unset):
            data_modified_timestamp = self.data_modified_timestamp.isoformat()

        watchers: list[str] | Unset = UNSET
        if not isinstance(self.watchers, Unset):
            watchers = self.watchers

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        course_run_keys: list[str] | Unset = UNSET
        if not isinstance(self.course_run_keys, Unset):
            course_run_keys = self.course_run_keys

        editable = self.editable

        advertised_course_run_uuid = self.advertised_course_run_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if course_runs is not UNSET:
            field_dict["course_runs"] = course_runs
        if enrollment_url is not UNSET:
            field_dict["enrollment_url"] = enrollment_url
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if owners is not UNSET:
            field_dict["owners"] = owners
        if image is not UNSET:
            field_dict["image"] = image
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url_slug is not UNSET:
            field_dict["url_slug"] = url_slug
        if course_type is not UNSET:
            field_dict["course_type"] = course_type
        if enterprise_subscription_inclusion is not UNSET:
            field_dict["enterprise_subscription_inclusion"] = enterprise_subscription_inclusion
        if excluded_from_seo is not UNSET:
            field_dict["excluded_from_seo"] = excluded_from_seo
        if excluded_from_search is not UNSET:
            field_dict["excluded_from_search"] = excluded_from_search
        if full_description is not UNSET:
            field_dict["full_description"] = full_description
        if level_type is not UNSET:
            field_dict["level_type"] = level_type
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if prerequisites is not UNSET:
            field_dict["prerequisites"] = prerequisites
        if prerequisites_raw is not UNSET:
            field_dict["prerequisites_raw"] = prerequisites_raw
        if expected_learning_items is not UNSET:
            field_dict["expected_learning_items"] = expected_learning_items
        if video is not UNSET:
            field_dict["video"] = video
        if sponsors is not UNSET:
            field_dict["sponsors"] = sponsors
        if modified is not UNSET:
            field_dict["modified"] = modified
        if marketing_url is not UNSET:
            field_dict["marketing_url"] = marketing_url
        if syllabus_raw is not UNSET:
            field_dict["syllabus_raw"] = syllabus_raw
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if original_image is not UNSET:
            field_dict["original_image"] = original_image
        if card_image_url is not UNSET:
            field_dict["card_image_url"] = card_image_url
        if canonical_course_run_key is not UNSET:
            field_dict["canonical_course_run_key"] = canonical_course_run_key
        if extra_description is not UNSET:
            field_dict["extra_description"] = extra_description
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if additional_metadata is not UNSET:
            field_dict["additional_metadata"] = additional_metadata
        if faq is not UNSET:
            field_dict["faq"] = faq
        if learner_testimonials is not UNSET:
            field_dict["learner_testimonials"] = learner_testimonials
        if enrollment_count is not UNSET:
            field_dict["enrollment_count"] = enrollment_count
        if recent_enrollment_count is not UNSET:
            field_dict["recent_enrollment_count"] = recent_enrollment_count
        if topics is not UNSET:
            field_dict["topics"] = topics
        if key_for_reruns is not UNSET:
            field_dict["key_for_reruns"] = key_for_reruns
        if url_slug_history is not UNSET:
            field_dict["url_slug_history"] = url_slug_history
        if url_redirects is not UNSET:
            field_dict["url_redirects"] = url_redirects
        if course_run_statuses is not UNSET:
            field_dict["course_run_statuses"] = course_run_statuses
        if editors is not UNSET:
            field_dict["editors"] = editors
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if skill_names is not UNSET:
            field_dict["skill_names"] = skill_names
        if skills is not UNSET:
            field_dict["skills"] = skills
        if organization_short_code_override is not UNSET:
            field_dict["organization_short_code_override"] = organization_short_code_override
        if organization_logo_override_url is not UNSET:
            field_dict["organization_logo_override_url"] = organization_logo_override_url
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if location_restriction is not UNSET:
            field_dict["location_restriction"] = location_restriction
        if in_year_value is not UNSET:
            field_dict["in_year_value"] = in_year_value
        if product_source is not UNSET:
            field_dict["product_source"] = product_source
        if data_modified_timestamp is not UNSET:
            field_dict["data_modified_timestamp"] = data_modified_timestamp
        if watchers is not UNSET:
            field_dict["watchers"] = watchers
        if programs is not UNSET:
            field_dict["programs"] = programs
        if course_run_keys is not UNSET:
            field_dict["course_run_keys"] = course_run_keys
        if editable is not UNSET:
            field_dict["editable"] = editable
        if advertised_course_run_uuid is not UNSET:
            field_dict["advertised_course_run_uuid"] = advertised_course_run_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_additional_metadata_type_0 import CourseAdditionalMetadataType0  # noqa: PLC0415
        from ..models.course_collaborators_item import CourseCollaboratorsItem  # noqa: PLC0415
        from ..models.course_editors_item import CourseEditorsItem  # noqa: PLC0415
        from ..models.course_entitlements_item import CourseEntitlementsItem  # noqa: PLC0415
        from ..models.course_geolocation_type_0 import CourseGeolocationType0  # noqa: PLC0415
        from ..models.course_image import CourseImage  # noqa: PLC0415
        from ..models.course_in_year_value_type_0 import CourseInYearValueType0  # noqa: PLC0415
        from ..models.course_location_restriction_type_0 import CourseLocationRestrictionType0  # noqa: PLC0415
        from ..models.course_original_image_type_0 import CourseOriginalImageType0  # noqa: PLC0415
        from ..models.course_owners_item import CourseOwnersItem  # noqa: PLC0415
        from ..models.course_prerequisites_item import CoursePrerequisitesItem  # noqa: PLC0415
        from ..models.course_product_source import CourseProductSource  # noqa: PLC0415
        from ..models.course_programs_item import CourseProgramsItem  # noqa: PLC0415
        from ..models.course_run import CourseRun  # noqa: PLC0415
        from ..models.course_skills_item import CourseSkillsItem  # noqa: PLC0415
        from ..models.course_subjects_item import CourseSubjectsItem  # noqa: PLC0415
        from ..models.course_topics_item import CourseTopicsItem  # noqa: PLC0415
        from ..models.course_video_type_0 import CourseVideoType0  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        uuid = d.pop("uuid", UNSET)

        title = d.pop("title", UNSET)

        _course_runs = d.pop("course_runs", UNSET)
        course_runs: list[CourseRun] | Unset = UNSET
        if _course_runs is not UNSET:
            course_runs = []
            for course_runs_item_data in _course_runs:
                course_runs_item = CourseRun.from_dict(course_runs_item_data)

                course_runs.append(course_runs_item)

        enrollment_url = d.pop("enrollment_url", UNSET)

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: list[CourseEntitlementsItem] | Unset = UNSET
        if _entitlements is not UNSET:
            entitlements = []
            for entitlements_item_data in _entitlements:
                entitlements_item = CourseEntitlementsItem.from_dict(entitlements_item_data)

                entitlements.append(entitlements_item)

        _owners = d.pop("owners", UNSET)
        owners: list[CourseOwnersItem] | Unset = UNSET
        if _owners is not UNSET:
            owners = []
            for owners_item_data in _owners:
                owners_item = CourseOwnersItem.from_dict(owners_item_data)

                owners.append(owners_item)

        _image = d.pop("image", UNSET)
        image: CourseImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = CourseImage.from_dict(_image)

        short_description = d.pop("short_description", UNSET)

        type_ = d.pop("type", UNSET)

        url_slug = d.pop("url_slug", UNSET)

        course_type = d.pop("course_type", UNSET)

        enterprise_subscription_inclusion = d.pop("enterprise_subscription_inclusion", UNSET)

        excluded_from_seo = d.pop("excluded_from_seo", UNSET)

        excluded_from_search = d.pop("excluded_from_search", UNSET)

        full_description = d.pop("full_description", UNSET)

        level_type = d.pop("level_type", UNSET)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[CourseSubjectsItem] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = CourseSubjectsItem.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        _prerequisites = d.pop("prerequisites", UNSET)
        prerequisites: list[CoursePrerequisitesItem] | Unset = UNSET
        if _prerequisites is not UNSET:
            prerequisites = []
            for prerequisites_item_data in _prerequisites:
                prerequisites_item = CoursePrerequisitesItem.from_dict(prerequisites_item_data)

                prerequisites.append(prerequisites_item)

        def _parse_prerequisites_raw(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prerequisites_raw = _parse_prerequisites_raw(d.pop("prerequisites_raw", UNSET))

        expected_learning_items = cast(list[Any], d.pop("expected_learning_items", UNSET))

        def _parse_video(data: object) -> CourseVideoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = CourseVideoType0.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseVideoType0 | None | Unset, data)

        video = _parse_video(d.pop("video", UNSET))

        sponsors = cast(list[Any], d.pop("sponsors", UNSET))

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        marketing_url = d.pop("marketing_url", UNSET)

        def _parse_syllabus_raw(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        syllabus_raw = _parse_syllabus_raw(d.pop("syllabus_raw", UNSET))

        outcome = d.pop("outcome", UNSET)

        def _parse_original_image(data: object) -> CourseOriginalImageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_image_type_0 = CourseOriginalImageType0.from_dict(data)

                return original_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseOriginalImageType0 | None | Unset, data)

        original_image = _parse_original_image(d.pop("original_image", UNSET))

        def _parse_card_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_image_url = _parse_card_image_url(d.pop("card_image_url", UNSET))

        canonical_course_run_key = d.pop("canonical_course_run_key", UNSET)

        def _parse_extra_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extra_description = _parse_extra_description(d.pop("extra_description", UNSET))

        def _parse_additional_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_information = _parse_additional_information(d.pop("additional_information", UNSET))

        def _parse_additional_metadata(data: object) -> CourseAdditionalMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_metadata_type_0 = CourseAdditionalMetadataType0.from_dict(data)

                return additional_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseAdditionalMetadataType0 | None | Unset, data)

        additional_metadata = _parse_additional_metadata(d.pop("additional_metadata", UNSET))

        def _parse_faq(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        faq = _parse_faq(d.pop("faq", UNSET))

        def _parse_learner_testimonials(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        learner_testimonials = _parse_learner_testimonials(d.pop("learner_testimonials", UNSET))

        enrollment_count = d.pop("enrollment_count", UNSET)

        recent_enrollment_count = d.pop("recent_enrollment_count", UNSET)

        _topics = d.pop("topics", UNSET)
        topics: list[CourseTopicsItem] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = CourseTopicsItem.from_dict(topics_item_data)

                topics.append(topics_item)

        key_for_reruns = d.pop("key_for_reruns", UNSET)

        url_slug_history = cast(list[str], d.pop("url_slug_history", UNSET))

        url_redirects = cast(list[str], d.pop("url_redirects", UNSET))

        course_run_statuses = cast(list[str], d.pop("course_run_statuses", UNSET))

        _editors = d.pop("editors", UNSET)
        editors: list[CourseEditorsItem] | Unset = UNSET
        if _editors is not UNSET:
            editors = []
            for editors_item_data in _editors:
                editors_item = CourseEditorsItem.from_dict(editors_item_data)

                editors.append(editors_item)

        _collaborators = d.pop("collaborators", UNSET)
        collaborators: list[CourseCollaboratorsItem] | Unset = UNSET
        if _collaborators is not UNSET:
            collaborators = []
            for collaborators_item_data in _collaborators:
                collaborators_item = CourseCollaboratorsItem.from_dict(collaborators_item_data)

                collaborators.append(collaborators_item)

        skill_names = cast(list[str], d.pop("skill_names", UNSET))

        _skills = d.pop("skills", UNSET)
        skills: list[CourseSkillsItem] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = CourseSkillsItem.from_dict(skills_item_data)

                skills.append(skills_item)

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

        def _parse_geolocation(data: object) -> CourseGeolocationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geolocation_type_0 = CourseGeolocationType0.from_dict(data)

                return geolocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseGeolocationType0 | None | Unset, data)

        geolocation = _parse_geolocation(d.pop("geolocation", UNSET))

        def _parse_location_restriction(data: object) -> CourseLocationRestrictionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_restriction_type_0 = CourseLocationRestrictionType0.from_dict(data)

                return location_restriction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseLocationRestrictionType0 | None | Unset, data)

        location_restriction = _parse_location_restriction(d.pop("location_restriction", UNSET))

        def _parse_in_year_value(data: object) -> CourseInYearValueType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                in_year_value_type_0 = CourseInYearValueType0.from_dict(data)

                return in_year_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseInYearValueType0 | None | Unset, data)

        in_year_value = _parse_in_year_value(d.pop("in_year_value", UNSET))

        _product_source = d.pop("product_source", UNSET)
        product_source: CourseProductSource | Unset
        if isinstance(_product_source, Unset):
            product_source = UNSET
        else:
            product_source = CourseProductSource.from_dict(_product_source)

        _data_modified_timestamp = d.pop("data_modified_timestamp", UNSET)
        data_modified_timestamp: datetime.datetime | Unset
        if isinstance(_data_modified_timestamp, Unset):
            data_modified_timestamp = UNSET
        else:
            data_modified_timestamp = datetime.datetime.fromisoformat(_data_modified_timestamp)

        watchers = cast(list[str], d.pop("watchers", UNSET))

        _programs = d.pop("programs", UNSET)
        programs: list[CourseProgramsItem] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = CourseProgramsItem.from_dict(programs_item_data)

                programs.append(programs_item)

        course_run_keys = cast(list[str], d.pop("course_run_keys", UNSET))

        editable = d.pop("editable", UNSET)

        advertised_course_run_uuid = d.pop("advertised_course_run_uuid", UNSET)

        course = cls(
            key=key,
            uuid=uuid,
            title=title,
            course_runs=course_runs,
            enrollment_url=enrollment_url,
            entitlements=entitlements,
            owners=owners,
            image=image,
            short_description=short_description,
            type_=type_,
            url_slug=url_slug,
            course_type=course_type,
            enterprise_subscription_inclusion=enterprise_subscription_inclusion,
            excluded_from_seo=excluded_from_seo,
            excluded_from_search=excluded_from_search,
            full_description=full_description,
            level_type=level_type,
            subjects=subjects,
            prerequisites=prerequisites,
            prerequisites_raw=prerequisites_raw,
            expected_learning_items=expected_learning_items,
            video=video,
            sponsors=sponsors,
            modified=modified,
            marketing_url=marketing_url,
            syllabus_raw=syllabus_raw,
            outcome=outcome,
            original_image=original_image,
            card_image_url=card_image_url,
            canonical_course_run_key=canonical_course_run_key,
            extra_description=extra_description,
            additional_information=additional_information,
            additional_metadata=additional_metadata,
            faq=faq,
            learner_testimonials=learner_testimonials,
            enrollment_count=enrollment_count,
            recent_enrollment_count=recent_enrollment_count,
            topics=topics,
            key_for_reruns=key_for_reruns,
            url_slug_history=url_slug_history,
            url_redirects=url_redirects,
            course_run_statuses=course_run_statuses,
            editors=editors,
            collaborators=collaborators,
            skill_names=skill_names,
            skills=skills,
            organization_short_code_override=organization_short_code_override,
            organization_logo_override_url=organization_logo_override_url,
            geolocation=geolocation,
            location_restriction=location_restriction,
            in_year_value=in_year_value,
            product_source=product_source,
            data_modified_timestamp=data_modified_timestamp,
            watchers=watchers,
            programs=programs,
            course_run_keys=course_run_keys,
            editable=editable,
            advertised_course_run_uuid=advertised_course_run_uuid,
        )

        course.additional_properties = d
        return course

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
