import type { ActivityStatus } from './activities.js';
import type { AdminUnitLevel } from './admin-units.js';
import type { AmendmentAction, AmendmentStatus } from './amendment.js';
import type { OccurrenceStanding, Rating, Recurrence } from './commitments.js';
import type { FeedbackChannel, FeedbackStatus } from './feedback.js';
import type { Disaggregation, DisaggregationCategory, Frequency } from './indicators.js';
import type { PartnershipAction, PartnershipStatus } from './lifecycle.js';
import type { Bilingual } from './locale.js';
import type { MinutesState, Sex } from './meetings.js';
import type { ContributionKind, PartnershipForm, PartnershipFunction } from './partnership-classification.js';
import type { ReportAction, ReportStatus } from './reports.js';
import type { ReviewDecision, ReviewKind } from './review.js';
import type { OrganizationKind, OrganizationType, Role } from './roles.js';
import type { ActionItemStatus, ServicePointKind } from './scorecards.js';

export const STATUS_LABELS: Readonly<Record<PartnershipStatus, Bilingual>> = {
  draft: { en: 'Draft', km: 'សេចក្តីព្រាង' },
  proposal_review: { en: 'Proposal under review', km: 'កំពុងពិនិត្យសំណើ' },
  mou_drafting: { en: 'Drafting the MoU', km: 'កំពុងព្រាងអនុស្សរណៈ' },
  mou_review: { en: 'MoU under review', km: 'កំពុងពិនិត្យអនុស្សរណៈ' },
  awaiting_signatures: { en: 'Awaiting signatures', km: 'រង់ចាំហត្ថលេខា' },
  active: { en: 'Active', km: 'សកម្ម' },
  suspended: { en: 'Suspended', km: 'បានផ្អាក' },
  completed: { en: 'Completed', km: 'បានបញ្ចប់' },
  terminated: { en: 'Terminated', km: 'បានបញ្ឈប់' },
  closed: { en: 'Closed', km: 'បានបិទ' },
  declined: { en: 'Declined', km: 'បានបដិសេធ' },
  withdrawn: { en: 'Withdrawn', km: 'បានដកខ្លួន' },
};

export const ACTION_LABELS: Readonly<Record<PartnershipAction, Bilingual>> = {
  submit_proposal: { en: 'Submit proposal', km: 'ដាក់ស្នើសំណើ' },
  accept_proposal: { en: 'Accept proposal', km: 'ទទួលយកសំណើ' },
  return_proposal: { en: 'Return proposal', km: 'បញ្ជូនសំណើត្រឡប់វិញ' },
  submit_mou: { en: 'Submit MoU', km: 'ដាក់ស្នើអនុស្សរណៈ' },
  request_changes: { en: 'Request changes', km: 'ស្នើសុំការកែប្រែ' },
  approve: { en: 'Approve', km: 'អនុម័ត' },
  decline: { en: 'Decline', km: 'បដិសេធ' },
  sign: { en: 'Sign', km: 'ចុះហត្ថលេខា' },
  suspend: { en: 'Suspend', km: 'ផ្អាក' },
  resume: { en: 'Resume', km: 'បន្តឡើងវិញ' },
  complete: { en: 'Complete', km: 'បញ្ចប់' },
  terminate: { en: 'Terminate', km: 'បញ្ឈប់' },
  close: { en: 'Close', km: 'បិទ' },
  withdraw: { en: 'Withdraw', km: 'ដកខ្លួន' },
  endorse: { en: 'Endorse', km: 'គាំទ្រ' },
};

export const AMENDMENT_STATUS_LABELS: Readonly<Record<AmendmentStatus, Bilingual>> = {
  drafting: { en: 'Drafting', km: 'កំពុងព្រាង' },
  in_review: { en: 'Under review', km: 'កំពុងពិនិត្យ' },
  awaiting_signatures: { en: 'Awaiting signatures', km: 'រង់ចាំហត្ថលេខា' },
  in_force: { en: 'In force', km: 'ចូលជាធរមាន' },
  declined: { en: 'Declined', km: 'បានបដិសេធ' },
  withdrawn: { en: 'Withdrawn', km: 'បានដកវិញ' },
};

export const AMENDMENT_ACTION_LABELS: Readonly<Record<AmendmentAction, Bilingual>> = {
  submit: { en: 'Submit amendment', km: 'ដាក់ស្នើវិសោធនកម្ម' },
  request_changes: { en: 'Request changes', km: 'ស្នើសុំការកែប្រែ' },
  approve: { en: 'Approve', km: 'អនុម័ត' },
  decline: { en: 'Decline', km: 'បដិសេធ' },
  sign: { en: 'Sign', km: 'ចុះហត្ថលេខា' },
  withdraw: { en: 'Withdraw amendment', km: 'ដកវិសោធនកម្មវិញ' },
  endorse: { en: 'Endorse', km: 'គាំទ្រ' },
};

export const REVIEW_KIND_LABELS: Readonly<Record<ReviewKind, Bilingual>> = {
  periodic: { en: 'Periodic review', km: 'ការពិនិត្យតាមកាលកំណត់' },
  final: { en: 'Final review', km: 'ការពិនិត្យចុងក្រោយ' },
};

export const REVIEW_DECISION_LABELS: Readonly<Record<ReviewDecision, Bilingual>> = {
  continue: { en: 'Continue', km: 'បន្ត' },
  amend: { en: 'Amend', km: 'ធ្វើវិសោធនកម្ម' },
  renew: { en: 'Renew', km: 'បន្តសុពលភាព' },
  close: { en: 'Close', km: 'បិទ' },
};

export const ROLE_LABELS: Readonly<Record<Role, Bilingual>> = {
  admin: { en: 'Administrator', km: 'អ្នកគ្រប់គ្រងប្រព័ន្ធ' },
  moi_reviewer: { en: 'Ministry of Interior reviewer', km: 'អ្នកពិនិត្យនៃក្រសួងមហាផ្ទៃ' },
  sna_officer: { en: 'Subnational administration officer', km: 'មន្ត្រីរដ្ឋបាលថ្នាក់ក្រោមជាតិ' },
  cso_officer: { en: 'Civil society organisation officer', km: 'មន្ត្រីអង្គការសង្គមស៊ីវិល' },
};

export const ORGANIZATION_KIND_LABELS: Readonly<Record<OrganizationKind, Bilingual>> = {
  state: { en: 'State', km: 'ស្ថាប័នរដ្ឋ' },
  non_state: { en: 'Non-state', km: 'តួអង្គមិនមែនរដ្ឋ' },
};

export const ORGANIZATION_TYPE_LABELS: Readonly<Record<OrganizationType, Bilingual>> = {
  ministry: { en: 'Ministry', km: 'ក្រសួង' },
  province: { en: 'Capital or provincial administration', km: 'រដ្ឋបាលរាជធានី ខេត្ត' },
  district: { en: 'Municipal, district or khan administration', km: 'រដ្ឋបាលក្រុង ស្រុក ខណ្ឌ' },
  commune: { en: 'Commune or sangkat administration', km: 'រដ្ឋបាលឃុំ សង្កាត់' },
  line_office: { en: 'Line department or office', km: 'មន្ទីរ ឬការិយាល័យជំនាញ' },
  one_window_office: { en: 'One-window service office', km: 'ការិយាល័យច្រកចេញចូលតែមួយ' },
  local_ngo: { en: 'Local NGO', km: 'អង្គការមិនមែនរដ្ឋាភិបាលក្នុងស្រុក' },
  international_ngo: { en: 'International NGO', km: 'អង្គការមិនមែនរដ្ឋាភិបាលអន្តរជាតិ' },
  cbo: { en: 'Community-based organisation', km: 'អង្គការសហគមន៍មូលដ្ឋាន' },
  cso_network: { en: 'CSO network', km: 'បណ្តាញអង្គការសង្គមស៊ីវិល' },
};

export const FUNCTION_LABELS: Readonly<Record<PartnershipFunction, Bilingual>> = {
  service_delivery: { en: 'Service delivery', km: 'ការផ្តល់សេវា' },
  infrastructure: { en: 'Infrastructure sub-projects', km: 'គម្រោងរងហេដ្ឋារចនាសម្ព័ន្ធ' },
  service_monitoring: { en: 'Monitoring of public services', km: 'ការតាមដានសេវាសាធារណៈ' },
  capacity_building: { en: 'Capacity building', km: 'ការកសាងសមត្ថភាព' },
  policy_influence: { en: 'Influencing government programmes', km: 'ការជះឥទ្ធិពលលើកម្មវិធីរាជរដ្ឋាភិបាល' },
  dispute_resolution: { en: 'Dispute resolution', km: 'ការដោះស្រាយវិវាទ' },
  information_sharing: { en: 'Information sharing', km: 'ការចែករំលែកព័ត៌មាន' },
};

export const FORM_LABELS: Readonly<Record<PartnershipForm, Bilingual>> = {
  information_sharing: { en: 'Information sharing', km: 'ការចែករំលែកព័ត៌មាន' },
  coordination: { en: 'Coordination', km: 'ការសម្របសម្រួល' },
  collaboration: { en: 'Collaboration', km: 'កិច្ចសហការ' },
  integrated: { en: 'Integrated partnership', km: 'ភាពជាដៃគូរួមបញ្ចូលគ្នា' },
};

export const CONTRIBUTION_KIND_LABELS: Readonly<Record<ContributionKind, Bilingual>> = {
  cash: { en: 'Cash', km: 'សាច់ប្រាក់' },
  staff: { en: 'Staff', km: 'បុគ្គលិក' },
  venue: { en: 'Venue', km: 'ទីកន្លែង' },
  materials: { en: 'Materials', km: 'សម្ភារៈ' },
  in_kind: { en: 'Other in-kind support', km: 'ការគាំទ្រជាវត្ថុផ្សេងទៀត' },
};

export const ADMIN_UNIT_LEVEL_LABELS: Readonly<Record<AdminUnitLevel, Bilingual>> = {
  province: { en: 'Capital or province', km: 'រាជធានី ខេត្ត' },
  district: { en: 'Municipality, district or khan', km: 'ក្រុង ស្រុក ខណ្ឌ' },
  commune: { en: 'Commune or sangkat', km: 'ឃុំ សង្កាត់' },
  village: { en: 'Village', km: 'ភូមិ' },
};

export const ACTIVITY_STATUS_LABELS: Readonly<Record<ActivityStatus, Bilingual>> = {
  planned: { en: 'Planned', km: 'បានគ្រោងទុក' },
  in_progress: { en: 'In progress', km: 'កំពុងអនុវត្ត' },
  done: { en: 'Done', km: 'បានបញ្ចប់' },
  postponed: { en: 'Postponed', km: 'បានពន្យារពេល' },
  cancelled: { en: 'Cancelled', km: 'បានលុបចោល' },
};

export const RECURRENCE_LABELS: Readonly<Record<Recurrence, Bilingual>> = {
  none: { en: 'Once', km: 'តែម្តង' },
  monthly: { en: 'Every month', km: 'រៀងរាល់ខែ' },
  quarterly: { en: 'Every quarter', km: 'រៀងរាល់ត្រីមាស' },
  yearly: { en: 'Every year', km: 'រៀងរាល់ឆ្នាំ' },
};

export const RATING_LABELS: Readonly<Record<Rating, Bilingual>> = {
  kept: { en: 'Kept', km: 'បានគោរព' },
  partly_kept: { en: 'Partly kept', km: 'បានគោរពខ្លះ' },
  not_kept: { en: 'Not kept', km: 'មិនបានគោរព' },
};

export const OCCURRENCE_STANDING_LABELS: Readonly<Record<OccurrenceStanding, Bilingual>> = {
  not_due: { en: 'Not due yet', km: 'មិនទាន់ដល់កាលកំណត់' },
  awaiting_ratings: { en: 'Awaiting ratings', km: 'រង់ចាំការវាយតម្លៃ' },
  agreed: { en: 'Agreed', km: 'បានយល់ស្របគ្នា' },
  disputed: { en: 'Disputed', km: 'មានការមិនយល់ស្របគ្នា' },
  overdue: { en: 'Overdue', km: 'ហួសកាលកំណត់' },
};

export const MINUTES_STATE_LABELS: Readonly<Record<MinutesState, Bilingual>> = {
  draft: { en: 'Draft', km: 'សេចក្តីព្រាង' },
  partly_approved: { en: 'Approved by some parties', km: 'បានអនុម័តដោយភាគីមួយចំនួន' },
  final: { en: 'Final', km: 'ចុងក្រោយ' },
};

export const SEX_LABELS: Readonly<Record<Sex, Bilingual>> = {
  female: { en: 'Female', km: 'ស្រី' },
  male: { en: 'Male', km: 'ប្រុស' },
  other: { en: 'Other', km: 'ផ្សេងទៀត' },
};

export const FREQUENCY_LABELS: Readonly<Record<Frequency, Bilingual>> = {
  monthly: { en: 'Monthly', km: 'ប្រចាំខែ' },
  quarterly: { en: 'Quarterly', km: 'ប្រចាំត្រីមាស' },
  semiannual: { en: 'Every six months', km: 'ប្រចាំឆមាស' },
  yearly: { en: 'Yearly', km: 'ប្រចាំឆ្នាំ' },
};

export const DISAGGREGATION_LABELS: Readonly<Record<Disaggregation, Bilingual>> = {
  sex: { en: 'Sex', km: 'ភេទ' },
  disability: { en: 'Disability', km: 'ពិការភាព' },
  id_poor: { en: 'ID-poor household', km: 'គ្រួសារក្រីក្រ' },
  age_group: { en: 'Age group', km: 'ក្រុមអាយុ' },
};

export const DISAGGREGATION_CATEGORY_LABELS: { readonly [D in Disaggregation]: Readonly<Record<DisaggregationCategory<D>, Bilingual>> } = {
  sex: SEX_LABELS,
  disability: {
    yes: { en: 'With a disability', km: 'មានពិការភាព' },
    no: { en: 'Without a disability', km: 'គ្មានពិការភាព' },
  },
  id_poor: {
    yes: { en: 'From an ID-poor household', km: 'មកពីគ្រួសារក្រីក្រ' },
    no: { en: 'Not from an ID-poor household', km: 'មិនមែនមកពីគ្រួសារក្រីក្រ' },
  },
  age_group: {
    under_18: { en: 'Under 18', km: 'អាយុក្រោម ១៨ ឆ្នាំ' },
    '18_to_35': { en: 'Aged 18 to 35', km: 'អាយុពី ១៨ ដល់ ៣៥ ឆ្នាំ' },
    '36_to_60': { en: 'Aged 36 to 60', km: 'អាយុពី ៣៦ ដល់ ៦០ ឆ្នាំ' },
    over_60: { en: 'Over 60', km: 'អាយុលើស ៦០ ឆ្នាំ' },
  },
};

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, Bilingual>> = {
  draft: { en: 'Draft', km: 'សេចក្តីព្រាង' },
  submitted: { en: 'Submitted', km: 'បានដាក់ស្នើ' },
  validated: { en: 'Validated', km: 'បានផ្ទៀងផ្ទាត់' },
  sent_back: { en: 'Sent back', km: 'បានបញ្ជូនត្រឡប់វិញ' },
};

export const REPORT_ACTION_LABELS: Readonly<Record<ReportAction, Bilingual>> = {
  submit: { en: 'Submit report', km: 'ដាក់ស្នើរបាយការណ៍' },
  validate: { en: 'Validate', km: 'ផ្ទៀងផ្ទាត់' },
  send_back: { en: 'Send back', km: 'បញ្ជូនត្រឡប់វិញ' },
};

export const SERVICE_POINT_KIND_LABELS: Readonly<Record<ServicePointKind, Bilingual>> = {
  health_centre: { en: 'Health centre', km: 'មណ្ឌលសុខភាព' },
  school: { en: 'School', km: 'សាលារៀន' },
  one_window_office: { en: 'One-window service office', km: 'ការិយាល័យច្រកចេញចូលតែមួយ' },
  commune_office: { en: 'Commune or sangkat office', km: 'សាលាឃុំ សង្កាត់' },
  other: { en: 'Other service point', km: 'កន្លែងផ្តល់សេវាផ្សេងទៀត' },
};

export const ACTION_ITEM_STATUS_LABELS: Readonly<Record<ActionItemStatus, Bilingual>> = {
  open: { en: 'Open', km: 'មិនទាន់អនុវត្ត' },
  in_progress: { en: 'In progress', km: 'កំពុងអនុវត្ត' },
  done: { en: 'Done', km: 'បានបញ្ចប់' },
  dropped: { en: 'Dropped', km: 'បានបោះបង់' },
};

export const FEEDBACK_STATUS_LABELS: Readonly<Record<FeedbackStatus, Bilingual>> = {
  new: { en: 'New', km: 'ថ្មី' },
  acknowledged: { en: 'Acknowledged', km: 'បានទទួលស្គាល់' },
  acted_on: { en: 'Acted on', km: 'បានចាត់វិធានការ' },
};

export const FEEDBACK_CHANNEL_LABELS: Readonly<Record<FeedbackChannel, Bilingual>> = {
  web: { en: 'Website', km: 'គេហទំព័រ' },
  sms: { en: 'Text message', km: 'សារជាអក្សរ' },
  hotline: { en: 'Hotline', km: 'ខ្សែទូរស័ព្ទទំនាក់ទំនង' },
  suggestion_box: { en: 'Suggestion box', km: 'ប្រអប់សំបុត្រយោបល់' },
  meeting: { en: 'Meeting or public forum', km: 'កិច្ចប្រជុំ ឬវេទិកាសាធារណៈ' },
  other: { en: 'Other', km: 'ផ្សេងទៀត' },
};
