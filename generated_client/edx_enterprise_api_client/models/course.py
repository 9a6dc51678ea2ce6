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
        key (str): A unique identifier for the course. Example: `edX+DemoX`.
        uuid (str): The unique identifier for the course. Example: `0dbd8181-8866-47fc...`
        title (str): The title of the course.
        course_runs (list[CourseRun]): The currently existing course runs for the course.
        enrollment_url (str): The URL for the enrollment page.
        entitlements (list[CourseEntitlementsItem]): Information about seat purchase options. Items includes `mode`,
            `price`, `currency`, `sku` and `expires`.
        owners (list[CourseOwnersItem]): The institution that offers the course.
        image (CourseImage): The About page image for the course.
        short_description (str): The HTML short description of the course.
        type_ (str): UUID associated with the course type object.
        url_slug (str): The course identifying slug used in related url paths
        course_type (str): The course type. Example: `verified-audit`.
        enterprise_subscription_inclusion (bool): Signifies if this course is in the enterprise subscription catalog.
        excluded_from_seo (bool): Signifies if the course's About Page will be excluded from indexing.
        excluded_from_search (bool): Signifies if this course will show up in search results.
        full_description (str): The HTML full description of the course.
        level_type (str): The course's level of difficulty, such as `Intermediate` or `Advanced`.
        subjects (list[CourseSubjectsItem]): The academic subjects that the course covers.
        prerequisites (list[CoursePrerequisitesItem]): Any courses a learner must complete before enrolling in the
            current course.
        prerequisites_raw (None | str): Any courses a learner must complete before enrolling in the current course.
        expected_learning_items (list[Any]): Elements of the course learning items records.
        video (CourseVideoType0 | None): The course About video record.
        sponsors (list[Any]): The corporate sponsors for the course.
        modified (datetime.datetime): The most recent date and time when the course metadata was modified.
        marketing_url (str): The URL for the course About page.
        syllabus_raw (None | str): The course syllabus.
        outcome (str): What learners will learn from the course.
        original_image (CourseOriginalImageType0 | None): The URL of the original unmodified image for the course About
            page.
        card_image_url (None | str): The URL of the card image for the various course card enterprise components.
        canonical_course_run_key (str): The unique identifying key for the course's canonical course run. Example:
            `course-v1:edx+tr1012+1T2021`
        extra_description (None | str): additional description text provided by the course author.
        additional_information (None | str): Additional information relating to the course in HTML form. This
            information is only provided by administrators, not course authors, and as such may hold special HTML that is
            normally not allowed.
        additional_metadata (CourseAdditionalMetadataType0 | None): Additional course metadata associated with 2U
            courses external to the edX platform.
        faq (None | str): HTML representation of the course FAQ section.
        learner_testimonials (None | str): HTML representation of hte course learner testimonials section.
        enrollment_count (int): Total number of learners who have enrolled in this course.
        recent_enrollment_count (int): Total number of learners who have enrolled in this course in the last 6 months.
        topics (list[CourseTopicsItem]): Topics associated with the course.
        key_for_reruns (str): Course author provided key that is used for all reruns of the course.
        url_slug_history (list[str]): List of course slugs used for the course throughout its lifespan.
        url_redirects (list[str]): List of course url redirects.
        course_run_statuses (list[str]): All unique course run status values associated with this course.
        editors (list[CourseEditorsItem]): List of course editor users.
        collaborators (list[CourseCollaboratorsItem]): List of course collaborators.
        skill_names (list[str]): List of skill names associated with the course.
        skills (list[CourseSkillsItem]): List of skill records associated with the course.
        organization_short_code_override (str): Organization short code overwritten string.
        organization_logo_override_url (None | str): Organization logo url overwritten.
        location_restriction (CourseLocationRestrictionType0 | None): Course location restriction record.
        in_year_value (CourseInYearValueType0 | None): Record related to projected value for a course.
        product_source (CourseProductSource): Record related to course origin.
        data_modified_timestamp (datetime.datetime): The timestamp of the last time the course data was modified.
        watchers (list[str]): The list of email addresses that will be notified if any of the course runs are published
            or scheduled.
        programs (list[CourseProgramsItem]): Any programs that the course is part of.
        course_run_keys (list[str]): The list of associated course run keys.
        editable (bool): Whether the course is editable.
        advertised_course_run_uuid (str): Unique identifier of the primary advertised course run associated with the
            course.
        geolocation (CourseGeolocationType0 | None | Unset): Geographic location for the course, if one exists.
    """

    key: str
    uuid: str
    title: str
    course_runs: list[CourseRun]
    enrollment_url: str
    entitlements: list[CourseEntitlementsItem]
    owners: list[CourseOwnersItem]
    image: CourseImage
    short_description: str
    type_: str
    url_slug: str
    course_type: str
    enterprise_subscription_inclusion: bool
    excluded_from_seo: bool
    excluded_from_search: bool
    full_description: str
    level_type: str
    subjects: list[CourseSubjectsItem]
    prerequisites: list[CoursePrerequisitesItem]
    prerequisites_raw: None | str
    expected_learning_items: list[Any]
    video: CourseVideoType0 | None
    sponsors: list[Any]
    modified: datetime.datetime
    marketing_url: str
    syllabus_raw: None | str
    outcome: str
    original_image: CourseOriginalImageType0 | None
    card_image_url: None | str
    canonical_course_run_key: str
    extra_description: None | str
    additional_information: None | str
    additional_metadata: CourseAdditionalMetadataType0 | None
    faq: None | str
    learner_testimonials: None | str
    enrollment_count: int
    recent_enrollment_count: int
    topics: list[CourseTopicsItem]
    key_for_reruns: str
    url_slug_history: list[str]
    url_redirects: list[str]
    course_run_statuses: list[str]
    editors: list[CourseEditorsItem]
    collaborators: list[CourseCollaboratorsItem]
    skill_names: list[str]
    skills: list[CourseSkillsItem]
    organization_short_code_override: str
    organization_logo_override_url: None | str
    location_restriction: CourseLocationRestrictionType0 | None
    in_year_value: CourseInYearValueType0 | None
    product_source: CourseProductSource
    data_modified_timestamp: datetime.datetime
    watchers: list[str]
    programs: list[CourseProgramsItem]
    course_run_keys: list[str]
    editable: bool
    advertised_course_run_uuid: str
    geolocation: CourseGeolocationType0 | None | Unset = UNSET
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

        course_runs = []
        for course_runs_item_data in self.course_runs:
            course_runs_item = course_runs_item_data.to_dict()
            course_runs.append(course_runs_item)

        enrollment_url = self.enrollment_url

        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        owners = []
        for owners_item_data in self.owners:
            owners_item = owners_item_data.to_dict()
            owners.append(owners_item)

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

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item = subjects_item_data.to_dict()
            subjects.append(subjects_item)

        prerequisites = []
        for prerequisites_item_data in self.prerequisites:
            prerequisites_item = prerequisites_item_data.to_dict()
            prerequisites.append(prerequisites_item)

        prerequisites_raw: None | str
        prerequisites_raw = self.prerequisites_raw

        expected_learning_items = self.expected_learning_items

        video: dict[str, Any] | None
        if isinstance(self.video, CourseVideoType0):
            video = self.video.to_dict()
        else:
            video = self.video

        sponsors = self.sponsors

        modified = self.modified.isoformat()

        marketing_url = self.marketing_url

        syllabus_raw: None | str
        syllabus_raw = self.syllabus_raw

        outcome = self.outcome

        original_image: dict[str, Any] | None
        if isinstance(self.original_image, CourseOriginalImageType0):
            original_image = self.original_image.to_dict()
        else:
            original_image = self.original_image

        card_image_url: None | str
        card_image_url = self.card_image_url

        canonical_course_run_key = self.canonical_course_run_key

        extra_description: None | str
        extra_description = self.extra_description

        additional_information: None | str
        additional_information = self.additional_information

        additional_metadata: dict[str, Any] | None
        if isinstance(self.additional_metadata, CourseAdditionalMetadataType0):
            additional_metadata = self.additional_metadata.to_dict()
        else:
            additional_metadata = self.additional_metadata

        faq: None | str
        faq = self.faq

        learner_testimonials: None | str
        learner_testimonials = self.learner_testimonials

        enrollment_count = self.enrollment_count

        recent_enrollment_count = self.recent_enrollment_count

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        key_for_reruns = self.key_for_reruns

        url_slug_history = self.url_slug_history

        url_redirects = self.url_redirects

        course_run_statuses = self.course_run_statuses

        editors = []
        for editors_item_data in self.editors:
            editors_item = editors_item_data.to_dict()
            editors.append(editors_item)

        collaborators = []
        for collaborators_item_data in self.collaborators:
            collaborators_item = collaborators_item_data.to_dict()
            collaborators.append(collaborators_item)

        skill_names = self.skill_names

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        organization_short_code_override = self.organization_short_code_override

        organization_logo_override_url: None | str
        organization_logo_override_url = self.organization_logo_override_url

        location_restriction: dict[str, Any] | None
        if isinstance(self.location_restriction, CourseLocationRestrictionType0):
            location_restriction = self.location_restriction.to_dict()
        else:
            location_restriction = self.location_restriction

        in_year_value: dict[str, Any] | None
        if isinstance(self.in_year_value, CourseInYearValueType0):
            in_year_value = self.in_year_value.to_dict()
        else:
            in_year_value = self.in_year_value

        product_source = self.product_source.to_dict()

        data_modified_timestamp = self.data_modified_timestamp.isoformat()

        watchers = self.watchers

        programs = []
        for programs_item_data in self.programs:
            programs_item = programs_item_data.to_dict()
            programs.append(programs_item)

        course_run_keys = self.course_run_keys

        editable = self.editable

        advertised_course_run_uuid = self.advertised_course_run_uuid

        geolocation: dict[str, Any] | None | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        elif isinstance(self.geolocation, CourseGeolocationType0):
            geolocation = self.geolocation.to_dict()
        else:
            geolocation = self.geolocation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "uuid": uuid,
                "title": title,
                "course_runs": course_runs,
                "enrollment_url": enrollment_url,
                "entitlements": entitlements,
                "owners": owners,
                "image": image,
                "short_description": short_description,
                "type": type_,
                "url_slug": url_slug,
                "course_type": course_type,
                "enterprise_subscription_inclusion": enterprise_subscription_inclusion,
                "excluded_from_seo": excluded_from_seo,
                "excluded_from_search": excluded_from_search,
                "full_description": full_description,
                "level_type": level_type,
                "subjects": subjects,
                "prerequisites": prerequisites,
                "prerequisites_raw": prerequisites_raw,
                "expected_learning_items": expected_learning_items,
                "video": video,
                "sponsors": sponsors,
                "modified": modified,
                "marketing_url": marketing_url,
                "syllabus_raw": syllabus_raw,
                "outcome": outcome,
                "original_image": original_image,
                "card_image_url": card_image_url,
                "canonical_course_run_key": canonical_course_run_key,
                "extra_description": extra_description,
                "additional_information": additional_information,
                "additional_metadata": additional_metadata,
                "faq": faq,
                "learner_testimonials": learner_testimonials,
                "enrollment_count": enrollment_count,
                "recent_enrollment_count": recent_enrollment_count,
                "topics": topics,
                "key_for_reruns": key_for_reruns,
                "url_slug_history": url_slug_history,
                "url_redirects": url_redirects,
                "course_run_statuses": course_run_statuses,
                "editors": editors,
                "collaborators": collaborators,
                "skill_names": skill_names,
                "skills": skills,
                "organization_short_code_override": organization_short_code_override,
                "organization_logo_override_url": organization_logo_override_url,
                "location_restriction": location_restriction,
                "in_year_value": in_year_value,
                "product_source": product_source,
                "data_modified_timestamp": data_modified_timestamp,
                "watchers": watchers,
                "programs": programs,
                "course_run_keys": course_run_keys,
                "editable": editable,
                "advertised_course_run_uuid": advertised_course_run_uuid,
            }
        )
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation

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
        key = d.pop("key")

        uuid = d.pop("uuid")

        title = d.pop("title")

        course_runs = []
        _course_runs = d.pop("course_runs")
        for course_runs_item_data in _course_runs:
            course_runs_item = CourseRun.from_dict(course_runs_item_data)

            course_runs.append(course_runs_item)

        enrollment_url = d.pop("enrollment_url")

        entitlements = []
        _entitlements = d.pop("entitlements")
        for entitlements_item_data in _entitlements:
            entitlements_item = CourseEntitlementsItem.from_dict(entitlements_item_data)

            entitlements.append(entitlements_item)

        owners = []
        _owners = d.pop("owners")
        for owners_item_data in _owners:
            owners_item = CourseOwnersItem.from_dict(owners_item_data)

            owners.append(owners_item)

        image = CourseImage.from_dict(d.pop("image"))

        short_description = d.pop("short_description")

        type_ = d.pop("type")

        url_slug = d.pop("url_slug")

        course_type = d.pop("course_type")

        enterprise_subscription_inclusion = d.pop("enterprise_subscription_inclusion")

        excluded_from_seo = d.pop("excluded_from_seo")

        excluded_from_search = d.pop("excluded_from_search")

        full_description = d.pop("full_description")

        level_type = d.pop("level_type")

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in _subjects:
            subjects_item = CourseSubjectsItem.from_dict(subjects_item_data)

            subjects.append(subjects_item)

        prerequisites = []
        _prerequisites = d.pop("prerequisites")
        for prerequisites_item_data in _prerequisites:
            prerequisites_item = CoursePrerequisitesItem.from_dict(prerequisites_item_data)

            prerequisites.append(prerequisites_item)

        def _parse_prerequisites_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prerequisites_raw = _parse_prerequisites_raw(d.pop("prerequisites_raw"))

        expected_learning_items = cast(list[Any], d.pop("expected_learning_items"))

        def _parse_video(data: object) -> CourseVideoType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = CourseVideoType0.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseVideoType0 | None, data)

        video = _parse_video(d.pop("video"))

        sponsors = cast(list[Any], d.pop("sponsors"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        marketing_url = d.pop("marketing_url")

        def _parse_syllabus_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        syllabus_raw = _parse_syllabus_raw(d.pop("syllabus_raw"))

        outcome = d.pop("outcome")

        def _parse_original_image(data: object) -> CourseOriginalImageType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_image_type_0 = CourseOriginalImageType0.from_dict(data)

                return original_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseOriginalImageType0 | None, data)

        original_image = _parse_original_image(d.pop("original_image"))

        def _parse_card_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_image_url = _parse_card_image_url(d.pop("card_image_url"))

        canonical_course_run_key = d.pop("canonical_course_run_key")

        def _parse_extra_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        extra_description = _parse_extra_description(d.pop("extra_description"))

        def _parse_additional_information(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        additional_information = _parse_additional_information(d.pop("additional_information"))

        def _parse_additional_metadata(data: object) -> CourseAdditionalMetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_metadata_type_0 = CourseAdditionalMetadataType0.from_dict(data)

                return additional_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseAdditionalMetadataType0 | None, data)

        additional_metadata = _parse_additional_metadata(d.pop("additional_metadata"))

        def _parse_faq(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        faq = _parse_faq(d.pop("faq"))

        def _parse_learner_testimonials(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        learner_testimonials = _parse_learner_testimonials(d.pop("learner_testimonials"))

        enrollment_count = d.pop("enrollment_count")

        recent_enrollment_count = d.pop("recent_enrollment_count")

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = CourseTopicsItem.from_dict(topics_item_data)

            topics.append(topics_item)

        key_for_reruns = d.pop("key_for_reruns")

        url_slug_history = cast(list[str], d.pop("url_slug_history"))

        url_redirects = cast(list[str], d.pop("url_redirects"))

        course_run_statuses = cast(list[str], d.pop("course_run_statuses"))

        editors = []
        _editors = d.pop("editors")
        for editors_item_data in _editors:
            editors_item = CourseEditorsItem.from_dict(editors_item_data)

            editors.append(editors_item)

        collaborators = []
        _collaborators = d.pop("collaborators")
        for collaborators_item_data in _collaborators:
            collaborators_item = CourseCollaboratorsItem.from_dict(collaborators_item_data)

            collaborators.append(collaborators_item)

        skill_names = cast(list[str], d.pop("skill_names"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = CourseSkillsItem.from_dict(skills_item_data)

            skills.append(skills_item)

        organization_short_code_override = d.pop("organization_short_code_override")

        def _parse_organization_logo_override_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_logo_override_url = _parse_organization_logo_override_url(d.pop("organization_logo_override_url"))

        def _parse_location_restriction(data: object) -> CourseLocationRestrictionType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_restriction_type_0 = CourseLocationRestrictionType0.from_dict(data)

                return location_restriction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseLocationRestrictionType0 | None, data)

        location_restriction = _parse_location_restriction(d.pop("location_restriction"))

        def _parse_in_year_value(data: object) -> CourseInYearValueType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                in_year_value_type_0 = CourseInYearValueType0.from_dict(data)

                return in_year_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseInYearValueType0 | None, data)

        in_year_value = _parse_in_year_value(d.pop("in_year_value"))

        product_source = CourseProductSource.from_dict(d.pop("product_source"))

        data_modified_timestamp = datetime.datetime.fromisoformat(d.pop("data_modified_timestamp"))

        watchers = cast(list[str], d.pop("watchers"))

        programs = []
        _programs = d.pop("programs")
        for programs_item_data in _programs:
            programs_item = CourseProgramsItem.from_dict(programs_item_data)

            programs.append(programs_item)

        course_run_keys = cast(list[str], d.pop("course_run_keys"))

        editable = d.pop("editable")

        advertised_course_run_uuid = d.pop("advertised_course_run_uuid")

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
            location_restriction=location_restriction,
            in_year_value=in_year_value,
            product_source=product_source,
            data_modified_timestamp=data_modified_timestamp,
            watchers=watchers,
            programs=programs,
            course_run_keys=course_run_keys,
            editable=editable,
            advertised_course_run_uuid=advertised_course_run_uuid,
            geolocation=geolocation,
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
