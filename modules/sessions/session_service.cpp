#include "sessions/session_service.h"

#include "common/i18n.h"
#include "sessions/carry_forward.h"
#include "sessions/medication_overuse.h"
#include "sessions/note_rules.h"
#include "sessions/note_validation.h"
#include "sessions/session_choices.h"

namespace knotwork::sessions {

namespace {

ValidationError referBeforeSigning(const std::set<clients::SafetyIssue>& found)
{
    std::string names;
    for (clients::SafetyIssue issue : found)
        names += (names.empty() ? "" : ", ") + labelOf(issue);
    return ValidationError(
        "subjective.rescreen", "new-red-flag",
        formatMessage(_("New at this visit: {}. Refer the client to their physician before any "
                        "treatment: chart this visit as a referral visit. No treatment note can be "
                        "signed until a clearance is recorded. The re-screen is now part of the "
                        "client's screening history."),
                      names));
}

// The visit's re-screen as the client's screening history keeps it.
std::string rescreenNotes(const SoapNote& note)
{
    return formatMessage(_("Re-screen at the visit of {}."), isoDate(note.visitDate));
}

bool alreadyRecorded(const clients::ClientChart& chart, const SoapNote& note)
{
    const clients::Screening* latest = chart.latestScreening();
    return latest && latest->kind == clients::ScreeningKind::Visit && latest->notes == rescreenNotes(note)
        && latest->issues == rescreenFound(note.subjective.rescreen);
}

} // namespace

SessionService::SessionService(SessionStore& notes, clients::ClientService& clients, UnitOfWork& actions)
    : m_notes(notes), m_clients(clients), m_actions(actions)
{
}

SoapNote SessionService::openNote(ClientId client, const Date& visitDate,
                                  const std::optional<TimeOfDay>& visitTime)
{
    if (auto draft = m_notes.draftOf(client))
        return m_notes.note(*draft);
    activeClientChart(client);
    SoapNote note = startNote(client, visitDate, visitTime, m_notes.latestSigned(client, visitDate));
    return m_notes.note(m_notes.createDraft(withPracticeRules(note)));
}

SoapNote SessionService::openVisitNote(ClientId client, const Date& visitDate,
                                       const std::optional<TimeOfDay>& visitTime)
{
    if (auto draft = m_notes.draftOf(client)) {
        SoapNote note = m_notes.note(*draft);
        if (note.visitDate != visitDate)
            throw ValidationError("visit_date", "draft-of-another-day",
                                  formatMessage(_("The client's unsigned note of {} is still open: sign or "
                                                  "discard it, then start the note of this visit."),
                                                isoDate(note.visitDate)));
        return note;
    }
    return openNote(client, visitDate, visitTime);
}

NoteId SessionService::addNote(const SoapNote& note)
{
    Validator validator;
    validateNote(note, m_clients.today(), validator);
    validateWithLastVisit(note, validator);
    validator.throwIfAny();
    activeClientChart(note.clientId);
    return m_notes.createDraft(withPracticeRules(note));
}

int SessionService::saveDraft(const SoapNote& note)
{
    return m_notes.saveDraft(withPracticeRules(note));
}

SoapNote SessionService::withPracticeRules(SoapNote note)
{
    // A draft follows the practice's cut-off of today; signing fixes it with the note.
    if (!note.signedNote())
        note.objective.cfrtCutoff = m_clients.settings().cfrtCutoff;
    return note;
}

void SessionService::validateWithLastVisit(const SoapNote& note, Validator& validator)
{
    if (note.subjective.homeCareAdherence.empty() || note.visitDate.is_special())
        return;
    const std::optional<SoapNote> last = m_notes.latestSigned(note.clientId, note.visitDate);
    validateAdherence(note.subjective, last ? std::optional(last->plan.homeCare) : std::nullopt, validator);
}

SoapNote SessionService::sign(NoteId id, int rowVersion)
{
    signer();  // a front desk account is refused before anything is read
    // One action: the re-screen, the signature and the diary's advisory are stored together or
    // not at all. A refusal for safety still keeps the re-screen (a new red flag must re-open
    // the status at once), so it is thrown once the action has committed.
    std::exception_ptr refusal;
    m_actions.run([&] { refusal = signInAction(id, rowVersion); });
    if (refusal)
        std::rethrow_exception(refusal);
    return m_notes.note(id);
}

std::exception_ptr SessionService::signInAction(NoteId id, int rowVersion)
{
    SoapNote note = m_notes.note(id);
    if (note.signedNote())
        throw ConflictError(_("This note is signed already; corrections are added as addenda."));
    if (note.rowVersion != rowVersion)
        throw ConflictError(_("This note was changed elsewhere since it was opened; nothing was "
                              "signed. Open it again to see the latest version."));
    Validator validator;
    validateForSigning(note, m_clients.today(), validator);
    validateWithLastVisit(note, validator);
    validator.throwIfAny();

    // The visit's re-screen becomes part of the client's screening history, even if signing is
    // then refused.
    clients::ClientChart chart = m_clients.clients().chart(note.clientId);
    const std::set<clients::SafetyIssue> before = m_clients.assess(chart).flagsOnRecord();
    if (!alreadyRecorded(chart, note)) {
        m_clients.rescreen(note.clientId, rescreenFound(note.subjective.rescreen), rescreenNotes(note));
        chart = m_clients.clients().chart(note.clientId);
    }
    if (!note.referralVisit()) {
        try {
            requireTreatmentAllowed(note, chart, before);
        } catch (const ValidationError&) {
            return std::current_exception();
        }
    }

    // Signing confirms what was carried forward: the signed note no longer marks it. A referral
    // to a provider on file keeps their name as it was, so the note reads the same later.
    const bool nameTheReferral = note.plan.referredTo && note.plan.referredToName.empty();
    if (nameTheReferral)
        note.plan.referredToName = m_clients.providers().get(*note.plan.referredTo).name;
    if (!note.carriedForward.empty() || nameTheReferral) {
        note.carriedForward.clear();
        note.rowVersion = m_notes.saveDraft(note);
    }

    note.status = NoteStatus::Signed;
    note.signedAt = m_clients.clock().now();
    note.signedBy = signer();
    note.lateEntry = isLateEntry(note.visitDate, note.visitTime, *note.signedAt);
    note.overrideReason.clear();
    m_notes.sign(note);
    noteMedicationOveruse(note.clientId);
    return nullptr;
}

void SessionService::noteMedicationOveruse(ClientId client)
{
    const clients::ClientChart chart = m_clients.clients().chart(client);
    const auto overuse = medicationOveruse(monthlyDiary(m_notes.findings(client)), chart.intake.headache.acuteMedications);
    if (overuse)
        m_clients.recordDiaryOveruse(client, overuseAdvice(*overuse));
}

void SessionService::requireTreatmentAllowed(const SoapNote& note, const clients::ClientChart& chart,
                                             const std::set<clients::SafetyIssue>& onRecordBefore) const
{
    if (auto found = newRedFlags(note.subjective.rescreen, onRecordBefore); !found.empty())
        throw referBeforeSigning(found);
    clients::requireTreatmentAllowed(m_clients.assess(chart));
    if (!clients::hasTreatmentConsent(chart.consents, note.visitDate))
        throw ValidationError("consent", "treatment-consent-missing",
                              formatMessage(_("The client's informed consent to treatment is not on "
                                              "file for {} (none given by then, or it was revoked): "
                                              "record it before signing a treatment note."),
                                            isoDate(note.visitDate)));
}

long long SessionService::addAddendum(NoteId id, const std::string& text)
{
    signer();
    Validator validator;
    validateAddendum(text, validator);
    validator.throwIfAny();
    if (!m_notes.note(id).signedNote())
        throw ValidationError("addendum", "draft-note",
                              _("This note is still a draft: change it directly. Addenda are for "
                                "signed notes."));
    Addendum addendum;
    addendum.writtenAt = m_clients.clock().now();
    addendum.author = signer();
    addendum.text = text;
    return m_notes.addAddendum(id, addendum);
}

void SessionService::discardDraft(NoteId id, int rowVersion)
{
    m_notes.discardDraft(id, rowVersion);
}

clients::ClientChart SessionService::activeClientChart(ClientId client)
{
    clients::ClientChart chart = m_clients.clients().chart(client);
    if (chart.client.archived)
        throw ValidationError("client_id", "archived",
                              _("The client is archived: restore the client before writing a new "
                                "session note."));
    return chart;
}

std::string SessionService::signer()
{
    if (m_author) {
        if (m_author->role != PracticeUser::Role::Therapist)
            throw ValidationError("signer", "front-desk",
                                  formatMessage(_("{} signs in as the front desk, which keeps the book and the "
                                                  "billing: notes are written and signed by a therapist's account."),
                                                m_author->login));
        return m_author->signature();
    }
    const clients::PracticeSettings settings = m_clients.settings();
    if (settings.therapistName.empty())
        return _("The practice's therapist");
    return settings.credentials.empty() ? settings.therapistName
                                        : settings.therapistName + ", " + settings.credentials;
}

} // namespace knotwork::sessions
