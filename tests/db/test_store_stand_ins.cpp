// The in-memory stores of tests/support stand in for the SQL stores in the domain's rule tests
// (tests/clients, tests/sessions, tests/plans, tests/sharing). The part of the stores' contract those rules rely on is
// checked here on both, so that a rule passing on the stand-ins passes on the practice file.
#include <gmock/gmock.h>

#include "store_contract_test.h"

namespace knotwork::db::contract {
namespace {

using namespace knotwork::sessions;

TYPED_TEST_SUITE(StoreContract, Practices, PracticeNames);

TYPED_TEST(StoreContract, ClientsGetIdsAndAStaleWriteIsAConflict)
{
    clients::ClientStore& store = this->m_practice.clients();
    const ClientId id = this->addClient("Martin");
    EXPECT_GT(id, 0);
    EXPECT_NE(this->addClient("Nowak"), id);
    clients::IntakeRecord record = store.chart(id).intakeRecord();
    EXPECT_EQ(record.client.rowVersion, 1);
    clients::IntakeRecord stale = record;
    record.client.phone = "416 555 0100";
    store.saveIntake(record, std::nullopt, {});
    EXPECT_EQ(store.chart(id).client.rowVersion, 2);
    stale.client.phone = "416 555 0199";
    EXPECT_THROW(store.saveIntake(stale, std::nullopt, {}), ConflictError);
    EXPECT_THROW(store.setArchived(id, 1, kToday, "Moved away"), ConflictError);
    EXPECT_EQ(store.chart(id).client.phone, "416 555 0100");
    EXPECT_FALSE(store.chart(id).client.archived);
    EXPECT_THROW(store.chart(999), NotFoundError);
    EXPECT_THROW(store.addConsent(999, {}), NotFoundError);
}

TYPED_TEST(StoreContract, RecordsAreSignedByTheActorAndKeptOnceWritten)
{
    clients::ClientStore& store = this->m_practice.clients();
    const ClientId id = this->addClient("Martin");
    clients::Screening screening;
    screening.screenedAt = Timestamp::fromIso8601("2026-11-23T10:00:00Z");
    screening.kind = clients::ScreeningKind::Visit;
    screening.issues = {clients::SafetyIssue::VisionChanges};
    store.addScreening(id, screening, {});
    EXPECT_EQ(store.chart(id).screenings.at(0).screenedBy, kActor);
    clients::Consent consent;
    consent.givenOn = kToday;
    consent.wordingVersion = "2024-1";
    const long long consentId = store.addConsent(id, consent);
    store.revokeConsent(id, consentId, kToday);
    EXPECT_EQ(store.chart(id).consents.at(0).revokedOn, kToday);
    EXPECT_THROW(store.revokeConsent(id, consentId, kToday), ConflictError);
    EXPECT_THROW(store.remove(id, store.chart(id).client.rowVersion), ConflictError);
    store.remove(this->addClient("Mistake"), 1);
}

TYPED_TEST(StoreContract, StaleProvidersAndSettingsAreConflicts)
{
    clients::Provider provider;
    provider.name = "Dr Amara Okafor";
    provider.id = this->m_practice.providers().add(provider);
    provider.rowVersion = 1;
    this->m_practice.providers().update(provider);
    EXPECT_THROW(this->m_practice.providers().update(provider), ConflictError);
    EXPECT_THROW(this->m_practice.providers().get(999), NotFoundError);
    clients::PracticeSettings settings = this->m_practice.settings().load();
    this->m_practice.settings().save(settings, std::nullopt, std::nullopt);
    EXPECT_THROW(this->m_practice.settings().save(settings, std::nullopt, std::nullopt), ConflictError);
}

TYPED_TEST(StoreContract, AClientHasOneDraftAndASignedNoteRefusesChanges)
{
    SessionStore& store = this->m_practice.sessions();
    const ClientId client = this->addClient("Martin");
    SoapNote draft = knotwork::testing::sampleNote(client, kToday);
    draft.id = store.createDraft(draft);
    draft.rowVersion = 1;
    EXPECT_EQ(store.draftOf(client), draft.id);
    EXPECT_THROW(store.createDraft(knotwork::testing::sampleNote(client, kToday)), ConflictError);
    EXPECT_THROW(store.createDraft(knotwork::testing::sampleNote(999, kToday)), NotFoundError);
    EXPECT_THROW(store.addAddendum(draft.id, {0, Timestamp::fromIso8601("2026-11-23T15:00:00Z"), "Maya", "x"}),
                 ConflictError);
    SoapNote stale = draft;
    draft.rowVersion = store.saveDraft(draft);
    EXPECT_EQ(draft.rowVersion, 2);
    EXPECT_THROW(store.saveDraft(stale), ConflictError);
    EXPECT_THROW(store.discardDraft(draft.id, stale.rowVersion), ConflictError);
    store.discardDraft(draft.id, draft.rowVersion);
    EXPECT_FALSE(store.draftOf(client));
    EXPECT_THROW(store.note(draft.id), NotFoundError);

    const NoteId id = this->signedNote(client, kToday);
    SoapNote signedNote = store.note(id);
    EXPECT_EQ(signedNote.status, NoteStatus::Signed);
    signedNote.subjective.headacheDays = 0;
    EXPECT_THROW(store.saveDraft(signedNote), ConflictError);
    EXPECT_THROW(store.sign(signedNote), ConflictError);
    EXPECT_THROW(store.discardDraft(id, signedNote.rowVersion), ConflictError);
    EXPECT_EQ(store.note(id).subjective.headacheDays, 4);
    EXPECT_GT(store.addAddendum(id, {0, Timestamp::fromIso8601("2026-11-23T15:00:00Z"), "Maya", "Later"}), 0);
    EXPECT_EQ(store.note(id).addenda.at(0).text, "Later");
}

TYPED_TEST(StoreContract, HistoryIsNewestFirstAndSigningSetsTheLastVisit)
{
    SessionStore& store = this->m_practice.sessions();
    const ClientId client = this->addClient("Martin");
    const Date lastWeek = kToday - boost::gregorian::days(7);
    const NoteId older = this->signedNote(client, lastWeek);
    const NoteId newer = this->signedNote(client, kToday);
    const std::vector<NoteSummary> history = store.history(client);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].id, newer);
    EXPECT_EQ(history[1].id, older);
    EXPECT_EQ(history[0].headacheDays, 4);
    const std::vector<VisitFindings> findings = store.findings(client);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].noteId, older);
    EXPECT_EQ(store.latestSigned(client, kToday - boost::gregorian::days(1))->id, older);
    EXPECT_EQ(store.signedNotes(client, lastWeek, kToday).size(), 2u);
    EXPECT_EQ(this->m_practice.clients().page({}, kToday, 0, 10).at(0).lastVisit, kToday);
}

TYPED_TEST(StoreContract, AClientHasOneOpenPlanAndAStalePlanEditIsAConflict)
{
    plans::PlanStore& store = this->m_practice.plans();
    const ClientId client = this->addClient("Martin");
    const Date lastMonth = kToday - boost::gregorian::days(30);
    EXPECT_THROW(this->addPlan(999, lastMonth, kToday), NotFoundError);
    const plans::PlanId first = this->addPlan(client, lastMonth, kToday);
    EXPECT_GT(first, 0);
    EXPECT_THROW(this->addPlan(client, kToday, kToday), ConflictError);
    plans::TreatmentPlan plan = store.plan(first);
    EXPECT_EQ(plan.rowVersion, 1);
    EXPECT_EQ(store.openPlan(client)->id, first);
    const plans::TreatmentPlan stale = plan;
    plan.status = plans::PlanStatus::Completed;
    EXPECT_EQ(store.updatePlan(plan), 2);
    EXPECT_THROW(store.updatePlan(stale), ConflictError);
    EXPECT_EQ(store.plan(first).status, plans::PlanStatus::Completed);
    EXPECT_FALSE(store.openPlan(client));
    EXPECT_THROW(store.plan(999), NotFoundError);

    const plans::PlanId second = this->addPlan(client, kToday, kToday + boost::gregorian::days(42));
    plan = store.plan(first);
    plan.status = plans::PlanStatus::Active;
    EXPECT_THROW(store.updatePlan(plan), ConflictError);
    const std::vector<plans::PlanSummary> listed = store.plans(client);
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].id, second);  // latest start first
    EXPECT_EQ(listed[1].id, first);
    EXPECT_EQ(listed[1].status, plans::PlanStatus::Completed);
    EXPECT_EQ(listed[0].phaseCount, 2);
    EXPECT_EQ(listed[0].goalCount, 1);
}

TYPED_TEST(StoreContract, ActivePlansPastReviewOrWithNewsAreLookedAtOldestReviewFirst)
{
    plans::PlanStore& store = this->m_practice.plans();
    const Date lastWeek = kToday - boost::gregorian::days(7);
    const Date later = kToday + boost::gregorian::days(30);
    const ClientId quiet = this->addClient("Quiet");
    const plans::PlanId quietPlan = this->addPlan(quiet, lastWeek, later);
    const ClientId visited = this->addClient("Visited");
    const plans::PlanId visitedPlan = this->addPlan(visited, lastWeek, later);
    this->signedNote(visited, kToday);
    const ClientId measured = this->addClient("Measured");
    const plans::PlanId measuredPlan =
        this->addPlan(measured, lastWeek, later - boost::gregorian::days(1));
    store.voidMeasure(store.addMeasure(knotwork::testing::ndi(measured, kToday)),
                      Timestamp::fromIso8601("2026-11-23T12:00:00Z"), "Wrong day");
    const ClientId overdue = this->addClient("Overdue");
    const plans::PlanId overduePlan = this->addPlan(overdue, lastWeek - boost::gregorian::days(60), lastWeek);
    const ClientId onHold = this->addClient("Held");
    plans::TreatmentPlan held = store.plan(this->addPlan(onHold, lastWeek, lastWeek));
    held.status = plans::PlanStatus::OnHold;
    store.updatePlan(held);

    const std::vector<plans::OpenPlan> toLookAt = store.plansToLookAt(kToday, lastWeek);
    ASSERT_EQ(toLookAt.size(), 3u);
    EXPECT_EQ(toLookAt[0].plan.id, overduePlan);
    EXPECT_EQ(toLookAt[0].clientName, "Zoë Overdue");
    EXPECT_EQ(toLookAt[1].plan.id, measuredPlan);  // a voided measure is news too
    EXPECT_EQ(toLookAt[2].plan.id, visitedPlan);
    EXPECT_EQ(store.plansToLookAt(kToday, kToday + boost::gregorian::days(1)).size(), 1u);

    // Recall reads every active plan, quiet ones too, never one on hold.
    std::vector<plans::PlanId> active;
    for (const plans::OpenPlan& open : store.activePlans())
        active.push_back(open.plan.id);
    EXPECT_THAT(active, ::testing::ElementsAre(overduePlan, measuredPlan, quietPlan, visitedPlan));
}

TYPED_TEST(StoreContract, MeasuresAreOldestFirstAndVoidedOnce)
{
    plans::PlanStore& store = this->m_practice.plans();
    const ClientId client = this->addClient("Martin");
    EXPECT_THROW(store.addMeasure(knotwork::testing::ndi(999, kToday)), NotFoundError);
    const plans::MeasureId newer = store.addMeasure(knotwork::testing::ndi(client, kToday));
    const plans::MeasureId older =
        store.addMeasure(knotwork::testing::ndi(client, kToday - boost::gregorian::days(7)));
    const plans::MeasureId sameDay = store.addMeasure(knotwork::testing::ndi(client, kToday));
    const Timestamp at = Timestamp::fromIso8601("2026-11-23T12:00:00Z");
    store.voidMeasure(newer, at, "Entered twice");
    EXPECT_THROW(store.voidMeasure(newer, at, "Again"), ConflictError);
    EXPECT_THROW(store.voidMeasure(999, at, "Missing"), NotFoundError);
    const std::vector<plans::OutcomeMeasure> measures = store.measures(client);
    ASSERT_EQ(measures.size(), 3u);
    EXPECT_EQ(measures[0].id, older);
    EXPECT_EQ(measures[1].id, newer);
    EXPECT_EQ(measures[2].id, sameDay);
    EXPECT_EQ(measures[1].voidedAt, at);
    EXPECT_EQ(measures[1].voidReason, "Entered twice");
    EXPECT_FALSE(measures[2].voided());
    EXPECT_EQ(measures[0].answers, knotwork::testing::ndi(client, kToday).answers);
}

TYPED_TEST(StoreContract, TemplatesAreByNameAndAStaleOrRemovedOneIsAConflict)
{
    plans::PlanStore& store = this->m_practice.plans();
    plans::PlanTemplate planTemplate;
    planTemplate.name = "Weekly";
    planTemplate.phases = {{1, std::nullopt, 6}};
    const plans::TemplateId weekly = store.addTemplate(planTemplate);
    planTemplate.name = "Monthly";
    const plans::TemplateId monthly = store.addTemplate(planTemplate);
    EXPECT_NE(weekly, monthly);
    std::vector<plans::PlanTemplate> all = store.templates();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, monthly);
    EXPECT_EQ(all[1].rowVersion, 1);
    plans::PlanTemplate stale = all[1];
    all[1].name = "Weekly, then fortnightly";
    EXPECT_EQ(store.updateTemplate(all[1]), 2);
    EXPECT_THROW(store.updateTemplate(stale), ConflictError);
    EXPECT_THROW(store.removeTemplate(weekly, 1), ConflictError);
    EXPECT_EQ(store.templates()[1].name, "Weekly, then fortnightly");
    store.removeTemplate(weekly, 2);
    EXPECT_THROW(store.removeTemplate(weekly, 2), ConflictError);
    all[1].rowVersion = 2;
    EXPECT_THROW(store.updateTemplate(all[1]), ConflictError);
    EXPECT_EQ(store.templates().size(), 1u);
}

TYPED_TEST(StoreContract, TheDisclosureLogIsSignedNewestFirstAndMarksItsFile)
{
    disclosures::DisclosureStore& store = this->m_practice.disclosures();
    const ClientId client = this->addClient("Martin");
    const Timestamp morning = Timestamp::fromIso8601("2026-11-23T09:00:00Z");
    disclosures::UnfinishedFile file;
    file.partialPath = "report.pdf.partial";
    file.finalPath = "report.pdf";
    file.startedAt = morning;
    const long long fileId = store.beginFile(file);
    file.startedAt = Timestamp::fromIso8601("2026-11-23T11:00:00Z");
    const long long laterFile = store.beginFile(file);
    EXPECT_NE(fileId, laterFile);

    disclosures::Disclosure entry;
    entry.clientId = client;
    entry.fileName = "report.pdf";
    entry.sha256 = std::string(64, 'a');
    entry.disclosedAt = Timestamp::fromIso8601("2026-11-23T10:00:00Z");
    const long long later = store.add(entry, fileId);
    entry.disclosedAt = morning;
    entry.recipientName = "Dr Amara Okafor";
    const long long earlier = store.add(entry);
    EXPECT_GT(earlier, 0);
    const std::vector<disclosures::Disclosure> log = store.forClient(client);
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].id, later);
    EXPECT_EQ(log[1].id, earlier);
    EXPECT_EQ(log[1].disclosedBy, kActor);
    EXPECT_EQ(log[1].recipientName, "Dr Amara Okafor");
    EXPECT_EQ(log[1].disclosedAt, morning);
    EXPECT_TRUE(store.forClient(this->addClient("Nowak")).empty());

    const Timestamp noon = Timestamp::fromIso8601("2026-11-23T12:00:00Z");
    std::vector<disclosures::UnfinishedFile> unfinished = store.unfinishedFiles(noon);
    ASSERT_EQ(unfinished.size(), 2u);
    EXPECT_EQ(unfinished[0].id, fileId);
    EXPECT_EQ(unfinished[0].disclosureId, later);
    EXPECT_EQ(unfinished[0].finalPath, "report.pdf");
    EXPECT_FALSE(unfinished[1].disclosureId);
    EXPECT_EQ(store.unfinishedFiles(file.startedAt).size(), 1u) << "begun before, not at";
    store.finishFile(fileId);
    unfinished = store.unfinishedFiles(noon);
    ASSERT_EQ(unfinished.size(), 1u);
    EXPECT_EQ(unfinished[0].id, laterFile);
}

TYPED_TEST(StoreContract, TheLastProgressReportToARecipientIsTheNewestForAnEarlierPeriod)
{
    disclosures::DisclosureStore& store = this->m_practice.disclosures();
    const ClientId client = this->addClient("Martin");
    clients::Provider physio;
    physio.name = "Dr Amara Okafor";
    const clients::ProviderId recipient = this->m_practice.providers().add(physio);
    physio.name = "Dr Lee";
    const clients::ProviderId other = this->m_practice.providers().add(physio);
    const auto send = [&](disclosures::DocumentKind kind, std::optional<clients::ProviderId> to, const Date& from,
                          const Date& until, const char* at) {
        disclosures::Disclosure sent;
        sent.clientId = client;
        sent.kind = kind;
        sent.recipientId = to;
        sent.periodFrom = from;
        sent.periodTo = until;
        sent.fileName = "report.pdf";
        sent.sha256 = std::string(64, 'a');
        sent.disclosedAt = Timestamp::fromIso8601(at);
        return store.add(sent);
    };
    using disclosures::DocumentKind;
    const long long september = send(DocumentKind::ProgressReport, recipient, {2026, 8, 1}, {2026, 8, 31}, "2026-09-01T10:00:00Z");
    const long long october = send(DocumentKind::ProgressReport, recipient, {2026, 9, 1}, {2026, 9, 30}, "2026-10-01T10:00:00Z");
    send(DocumentKind::ProgressReport, other, {2026, 10, 1}, {2026, 10, 31}, "2026-11-01T10:00:00Z");
    send(DocumentKind::ProgressReport, std::nullopt, {2026, 10, 1}, {2026, 10, 31}, "2026-11-01T11:00:00Z");
    send(DocumentKind::IntakeSummary, recipient, {2026, 10, 1}, {2026, 10, 31}, "2026-11-02T10:00:00Z");

    ASSERT_TRUE(store.lastProgressReport(client, recipient, {2026, 11, 30}));
    EXPECT_EQ(store.lastProgressReport(client, recipient, {2026, 11, 30})->id, october);
    EXPECT_EQ(store.lastProgressReport(client, recipient, {2026, 11, 30})->periodTo, Date(2026, 9, 30));
    EXPECT_EQ(store.lastProgressReport(client, recipient, {2026, 9, 30})->id, september) << "ended before, not on";
    EXPECT_FALSE(store.lastProgressReport(client, recipient, {2026, 8, 31}));
    EXPECT_FALSE(store.lastProgressReport(this->addClient("Nowak"), recipient, {2026, 11, 30}));
}

} // namespace
} // namespace knotwork::db::contract
