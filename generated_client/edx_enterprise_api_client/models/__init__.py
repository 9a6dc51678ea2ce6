"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .access_token_request import AccessTokenRequest
from .access_token_request_grant_type import AccessTokenRequestGrantType
from .access_token_request_token_type import AccessTokenRequestTokenType
from .access_token_token_type import AccessTokenTokenType
from .allocate_policy_allocation_request import AllocatePolicyAllocationRequest
from .allocate_policy_allocation_response import AllocatePolicyAllocationResponse
from .assign_subscriptions_licenses_request import AssignSubscriptionsLicensesRequest
from .assign_subscriptions_licenses_response import AssignSubscriptionsLicensesResponse
from .assign_subscriptions_licenses_response_license_assignments_item import (
    AssignSubscriptionsLicensesResponseLicenseAssignmentsItem,
)
from .assignment import Assignment
from .assignment_actions_item import AssignmentActionsItem
from .assignment_earliest_possible_expiration_type_0 import AssignmentEarliestPossibleExpirationType0
from .assignment_state import AssignmentState
from .bulk_revoke_subscriptions_licenses_request import BulkRevokeSubscriptionsLicensesRequest
from .bulk_revoke_subscriptions_licenses_request_filters_item import BulkRevokeSubscriptionsLicensesRequestFiltersItem
from .bulk_revoke_subscriptions_licenses_request_filters_item_status_in_item import (
    BulkRevokeSubscriptionsLicensesRequestFiltersItemStatusInItem,
)
from .cancel_assignment_configurations_admin_assignments_request import (
    CancelAssignmentConfigurationsAdminAssignmentsRequest,
)
from .course import Course
from .course_additional_metadata_type_0 import CourseAdditionalMetadataType0
from .course_collaborators_item import CourseCollaboratorsItem
from .course_editors_item import CourseEditorsItem
from .course_entitlements_item import CourseEntitlementsItem
from .course_geolocation_type_0 import CourseGeolocationType0
from .course_image import CourseImage
from .course_in_year_value_type_0 import CourseInYearValueType0
from .course_location_restriction_type_0 import CourseLocationRestrictionType0
from .course_original_image_type_0 import CourseOriginalImageType0
from .course_owners_item import CourseOwnersItem
from .course_prerequisites_item import CoursePrerequisitesItem
from .course_product_source import CourseProductSource
from .course_programs_item import CourseProgramsItem
from .course_run import CourseRun
from .course_run_availability import CourseRunAvailability
from .course_run_expected_program_type_type_0 import CourseRunExpectedProgramTypeType0
from .course_run_image import CourseRunImage
from .course_run_instructors_item import CourseRunInstructorsItem
from .course_run_level_type import CourseRunLevelType
from .course_run_pacing_type import CourseRunPacingType
from .course_run_programs_item import CourseRunProgramsItem
from .course_run_seats_item import CourseRunSeatsItem
from .course_run_staff_item import CourseRunStaffItem
from .course_run_type_type_1 import CourseRunTypeType1
from .course_run_type_type_2_type_1 import CourseRunTypeType2Type1
from .course_run_type_type_3_type_1 import CourseRunTypeType3Type1
from .course_run_video_type_0 import CourseRunVideoType0
from .course_skills_item import CourseSkillsItem
from .course_subjects_item import CourseSubjectsItem
from .course_topics_item import CourseTopicsItem
from .course_video_type_0 import CourseVideoType0
from .create_bulk_license_enrollment_request import CreateBulkLicenseEnrollmentRequest
from .create_bulk_license_enrollment_response import CreateBulkLicenseEnrollmentResponse
from .enterprise_catalog import EnterpriseCatalog
from .error import Error
from .error_problems_item import ErrorProblemsItem
from .get_enterprise_catalogs_response import GetEnterpriseCatalogsResponse
from .learner_summary import LearnerSummary
from .learner_summary_progress_status import LearnerSummaryProgressStatus
from .list_enterprise_catalogs_response import ListEnterpriseCatalogsResponse
from .list_enterprise_customer_learner_summary_page import ListEnterpriseCustomerLearnerSummaryPage
from .list_subscriptions_response import ListSubscriptionsResponse
from .program import Program
from .program_authoring_organizations_item import ProgramAuthoringOrganizationsItem
from .program_banner_image import ProgramBannerImage
from .program_corporate_endorsements_item import ProgramCorporateEndorsementsItem
from .program_courses_item import ProgramCoursesItem
from .program_credit_backing_organizations_item import ProgramCreditBackingOrganizationsItem
from .program_credit_redemption_overview_type_0 import ProgramCreditRedemptionOverviewType0
from .program_curricula_item import ProgramCurriculaItem
from .program_degree import ProgramDegree
from .program_expected_learning_items_item import ProgramExpectedLearningItemsItem
from .program_geolocation_type_0 import ProgramGeolocationType0
from .program_in_year_value_type_0 import ProgramInYearValueType0
from .program_individual_endorsements_item import ProgramIndividualEndorsementsItem
from .program_instructor_ordering_item import ProgramInstructorOrderingItem
from .program_job_outlook_items_item import ProgramJobOutlookItemsItem
from .program_level_type_override import ProgramLevelTypeOverride
from .program_location_restriction_type_0 import ProgramLocationRestrictionType0
from .program_primary_subject_override import ProgramPrimarySubjectOverride
from .program_product_source import ProgramProductSource
from .program_skills_item import ProgramSkillsItem
from .program_staff_item import ProgramStaffItem
from .program_subjects_item import ProgramSubjectsItem
from .program_taxi_form_type_0 import ProgramTaxiFormType0
from .program_topics_item import ProgramTopicsItem
from .program_type import ProgramType
from .program_type_attrs import ProgramTypeAttrs
from .program_video_type_0 import ProgramVideoType0
from .remind_assignment_configurations_admin_assignments_request import (
    RemindAssignmentConfigurationsAdminAssignmentsRequest,
)
from .subscription_plan import SubscriptionPlan
from .subscription_plan_licenses import SubscriptionPlanLicenses
from .subscription_plan_prior_renewals_item import SubscriptionPlanPriorRenewalsItem
from .subscription_plan_revocations_type_0 import SubscriptionPlanRevocationsType0

__all__ = (
    "AccessToken",
    "AccessTokenRequest",
    "AccessTokenRequestGrantType",
    "AccessTokenRequestTokenType",
    "AccessTokenTokenType",
    "AllocatePolicyAllocationRequest",
    "AllocatePolicyAllocationResponse",
    "Assignment",
    "AssignmentActionsItem",
    "AssignmentEarliestPossibleExpirationType0",
    "AssignmentState",
    "AssignSubscriptionsLicensesRequest",
    "AssignSubscriptionsLicensesResponse",
    "AssignSubscriptionsLicensesResponseLicenseAssignmentsItem",
    "BulkRevokeSubscriptionsLicensesRequest",
    "BulkRevokeSubscriptionsLicensesRequestFiltersItem",
    "BulkRevokeSubscriptionsLicensesRequestFiltersItemStatusInItem",
    "CancelAssignmentConfigurationsAdminAssignmentsRequest",
    "Course",
    "CourseAdditionalMetadataType0",
    "CourseCollaboratorsItem",
    "CourseEditorsItem",
    "CourseEntitlementsItem",
    "CourseGeolocationType0",
    "CourseImage",
    "CourseInYearValueType0",
    "CourseLocationRestrictionType0",
    "CourseOriginalImageType0",
    "CourseOwnersItem",
    "CoursePrerequisitesItem",
    "CourseProductSource",
    "CourseProgramsItem",
    "CourseRun",
    "CourseRunAvailability",
    "CourseRunExpectedProgramTypeType0",
    "CourseRunImage",
    "CourseRunInstructorsItem",
    "CourseRunLevelType",
    "CourseRunPacingType",
    "CourseRunProgramsItem",
    "CourseRunSeatsItem",
    "CourseRunStaffItem",
    "CourseRunTypeType1",
    "CourseRunTypeType2Type1",
    "CourseRunTypeType3Type1",
    "CourseRunVideoType0",
    "CourseSkillsItem",
    "CourseSubjectsItem",
    "CourseTopicsItem",
    "CourseVideoType0",
    "CreateBulkLicenseEnrollmentRequest",
    "CreateBulkLicenseEnrollmentResponse",
    "EnterpriseCatalog",
    "Error",
    "ErrorProblemsItem",
    "GetEnterpriseCatalogsResponse",
    "LearnerSummary",
    "LearnerSummaryProgressStatus",
    "ListEnterpriseCatalogsResponse",
    "ListEnterpriseCustomerLearnerSummaryPage",
    "ListSubscriptionsResponse",
    "Program",
    "ProgramAuthoringOrganizationsItem",
    "ProgramBannerImage",
    "ProgramCorporateEndorsementsItem",
    "ProgramCoursesItem",
    "ProgramCreditBackingOrganizationsItem",
    "ProgramCreditRedemptionOverviewType0",
    "ProgramCurriculaItem",
    "ProgramDegree",
    "ProgramExpectedLearningItemsItem",
    "ProgramGeolocationType0",
    "ProgramIndividualEndorsementsItem",
    "ProgramInstructorOrderingItem",
    "ProgramInYearValueType0",
    "ProgramJobOutlookItemsItem",
    "ProgramLevelTypeOverride",
    "ProgramLocationRestrictionType0",
    "ProgramPrimarySubjectOverride",
    "ProgramProductSource",
    "ProgramSkillsItem",
    "ProgramStaffItem",
    "ProgramSubjectsItem",
    "ProgramTaxiFormType0",
    "ProgramTopicsItem",
    "ProgramType",
    "ProgramTypeAttrs",
    "ProgramVideoType0",
    "RemindAssignmentConfigurationsAdminAssignmentsRequest",
    "SubscriptionPlan",
    "SubscriptionPlanLicenses",
    "SubscriptionPlanPriorRenewalsItem",
    "SubscriptionPlanRevocationsType0",
)
