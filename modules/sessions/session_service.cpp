#include "sessions/session_service.h"

#include "common/i18n.h"
#include "sessions/carry_forward.h"
#include "sessions/note_rules.h"
#include "sessions/note_validation.h"
#include "sessions/session_choices.h"

namespace knotwork::sessions {

namespace {

std::set<clients::SafetyIssue> latestIssues(const clients::ClientChart& chart)
{
    const clients::Screening* latest = chart.latestScreening();
    return latest ? latest->issues : std::set<clients::SafetyIssue>{};
}

ValidationError referBeforeSigning(const std::set<clients::SafetyIssue>& found)
{
    std::string names;
    for (clients::SafetyIssue issue : found)
        names += (names.empty() ? "" : ", ") + clients::labelOf(issue);
    return ValidationError(
        "subjective.rescreen", "new-red-flag",
        formatMessage(_("New at this visit: {}. Refer the client to their physician before any "
                        "treatment; this note cannot be signed until a clearance is recorded. The "
                        "re-screen is now part of the client's screening history."),
                      names));
}

} // namespace

SessionService::SessionService(SessionStore& notes, clients::ClientService& clients)
    : m_notes(notes), m_clients(clients)
{
}

SoapNote SessionService::openNote(ClientId client, const Date& visitDate,
                                  const std::optional<TimeOfDay>& visitTime)
{
    if (auto draft = m_notes.draftOf(client))
        return m_notes.note(*draft);
    const clients::ClientChart chart = activeClientChart(client);
    SoapNote note = startNote(client, visitDate, visitTime,
                              m_notes.latestSigned(client, visitDate), latestIssues(chart));
    return m_notes.note(m_notes.createDraft(withPracticeRules(note)));
}

NoteId SessionService::addNote(const SoapNote& note)
{
    Validator validator;
    validateNote(note, m_clients.today(), validator);
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

SoapNote SessionService::sign(NoteId id, int rowVersion, const std::string& overrideReason)
{
    SoapNote note = m_notes.note(id);
    if (note.signedNote())
        throw ConflictError(_("This note is signed already; corrections are added as addenda."));
    if (note.rowVersion != rowVersion)
        throw ConflictError(_("This note was changed elsewhere since it was opened; nothing was "
                              "signed. Open it again to see the latest version."));
    Validator validator;
    validateForSigning(note, m_clients.today(), validator);
    validator.throwIfAny();

    // The visit's re-screen becomes part of the client's screening history when it differs,
    // even if signing is then refused: a new red flag must re-open the status at once.
    clients::ClientChart chart = m_clients.clients().chart(note.clientId);
    const std::set<clients::SafetyIssue> before = latestIssues(chart);
    if (note.subjective.rescreen != before) {
        m_clients.rescreen(note.clientId, note.subjective.rescreen,
                           formatMessage(_("Re-screen at the visit of {}."), isoDate(note.visitDate)));
        chart = m_clients.clients().chart(note.clientId);
    }
    if (auto found = newRedFlags(note.subjective.rescreen, before); !found.empty())
        throw referBeforeSigning(found);

    const clients::SafetyAssessment assessment = m_clients.assess(chart);
    clients::requireTreatmentAllowed(assessment, overrideReason);

    // Signing confirms what was carried forward: the signed note no longer marks it.
    if (!note.carriedForward.empty()) {
        note.carriedForward.clear();
        note.rowVersion = m_notes.saveDraft(note);
    }

    note.status = NoteStatus::Signed;
    note.signedAt = m_clients.clock().now();
    note.signedBy = signer();
    note.lateEntry = isLateEntry(note.visitDate, note.visitTime, *note.signedAt);
    note.overrideReason = assessment.blocksTreatment() ? overrideReason : std::string();
    m_notes.sign(note);
    return m_notes.note(id);
}

long long SessionService::addAddendum(NoteId id, const std::string& text)
{
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
    const clients::PracticeSettings settings = m_clients.settings();
    if (settings.therapistName.empty())
        return _("The practice's therapist");
    return settings.credentials.empty() ? settings.therapistName
                                        : settings.therapistName + ", " + settings.credentials;
}

} // namespace knotwork::sessions
