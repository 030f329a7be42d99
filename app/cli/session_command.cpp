// knotwork-cli session add|list|show|sign|addendum|drafts|discard: session notes from scripts,
// through the same SessionService and validation as the note editor.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/strict_json.h"
#include "sessions/note_text.h"
#include "sessions/session_choices.h"
#include "sessions/session_json.h"

namespace knotwork::cli {

using namespace knotwork::sessions;

namespace {

std::string orDash(const std::optional<int>& value)
{
    return value ? std::to_string(*value) : "\u2014";
}

std::string statusText(const NoteSummary& note)
{
    if (note.status == NoteStatus::Draft)
        return _("draft");
    return note.lateEntry ? _("signed, late entry") : _("signed");
}

void printNote(const CliContext& context, const SoapNote& note)
{
    if (context.json) {
        context.printJson(note);
        return;
    }
    context.printLine(formatMessage(_("Session note {} \u00b7 client {} \u00b7 visit {}"), note.id,
                                    note.clientId, isoDate(note.visitDate))
                      + (note.visitTime ? " " + timeOfDayText(*note.visitTime) : std::string()));
    context.printLine(signatureLine(note));
    for (const NoteSection& section : describeNote(note)) {
        context.out << '\n';
        context.printLine(section.title);
        std::vector<std::pair<std::string, std::string>> rows;
        for (const NoteLine& line : section.lines)
            rows.emplace_back("  " + line.label,
                              line.carriedForward ? line.value + _(" (carried forward)") : line.value);
        context.printRows(rows);
    }
}

struct AddOptions {
    ClientId client = 0;
    std::string from;
    bool sign = false;
};

SoapNote noteFromFile(const AddOptions& options)
{
    SoapNote note = strict_json::readDocument<SoapNote>(readFileOption(options.from), options.from);
    note.clientId = options.client;
    return note;
}

void addAdd(CLI::App& session, CliContext& context)
{
    auto options = std::make_shared<AddOptions>();
    CLI::App* add = session.add_subcommand("add", _("Add a session note from a JSON file (as `session show --json` prints it)"));
    add->add_option("--client", options->client, _("The client's number"))->required();
    add->add_option("--from", options->from, _("The note as JSON"))->option_text("FILE")->required();
    add->add_flag("--sign", options->sign, _("Sign the note at once"));
    add->callback([&context, options] {
        const SoapNote note = noteFromFile(*options);
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        // Adding and signing are one action: a refusal, or a kill at any moment, stores nothing.
        SoapNote stored;
        try {
            practice.oneAction().run([&] {
                const NoteId added = practice.sessions().addNote(note);
                stored = options->sign ? practice.sessions().sign(added, practice.sessions().note(added).rowVersion)
                                       : practice.sessions().note(added);
            });
        } catch (const Error&) {
            if (options->sign && !context.json)
                context.printLine(_("Nothing was stored: the note cannot be signed (the problems follow). Solve them "
                                    "and run this again, or add it without --sign to keep it as a draft."));
            throw;
        }
        const NoteId id = stored.id;
        if (context.json)
            context.printJson(stored);
        else
            context.printLine(formatMessage(options->sign ? _("Added and signed session note {}.")
                                                          : _("Added session note {} as a draft."), id));
    });
}

void addList(CLI::App& session, CliContext& context)
{
    auto client = std::make_shared<ClientId>(0);
    CLI::App* list = session.add_subcommand("list", _("List a client's session notes, newest first"));
    list->add_option("--client", *client, _("The client's number"))->required();
    list->callback([&context, client] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.clients().chart(*client);  // NotFoundError for an unknown client
        const std::vector<NoteSummary> notes = practice.sessions().history(*client);
        if (context.json) {
            context.printJson(notes);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const NoteSummary& note : notes)
            table.push_back({std::to_string(note.id), isoDate(note.visitDate), statusText(note),
                             note.headacheDays ? formatMessage(_("{} of {}"), *note.headacheDays, note.diaryDays)
                                               : "\u2014",
                             orDash(note.averageIntensity) + " / " + orDash(note.worstIntensity),
                             orDash(note.rotationLeft) + " / " + orDash(note.rotationRight),
                             std::to_string(note.addendumCount)});
        context.printTable({_("ID"), _("Visit"), _("Status"), _("Headache days"),
                            _("Intensity avg/worst"), _("Rotation L/R \u00b0"), _("Addenda")},
                           table);
        context.printLine(formatMessage(_("{} session notes."), notes.size()));
    });
}

void addShow(CLI::App& session, CliContext& context)
{
    auto id = std::make_shared<NoteId>(0);
    CLI::App* show = session.add_subcommand("show", _("Show a session note in words, with its addenda"));
    show->add_option("ID", *id, _("The note's number"))->required();
    show->callback([&context, id] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        printNote(context, practice.sessions().note(*id));
    });
}

void addSign(CLI::App& session, CliContext& context)
{
    auto id = std::make_shared<NoteId>(0);
    CLI::App* sign = session.add_subcommand("sign", _("Sign a draft: it cannot be changed afterwards, only given addenda"));
    sign->add_option("ID", *id, _("The note's number"))->required();
    sign->callback([&context, id] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const SoapNote draft = practice.sessions().note(*id);
        const SoapNote signedNote = practice.sessions().sign(*id, draft.rowVersion);
        if (context.json)
            context.printJson(signedNote);
        else
            context.printLine(signatureLine(signedNote));
    });
}

void addAddendum(CLI::App& session, CliContext& context)
{
    auto id = std::make_shared<NoteId>(0);
    auto text = std::make_shared<std::string>();
    auto file = std::make_shared<std::string>();
    CLI::App* addendum = session.add_subcommand("addendum", _("Append a correction or addition to a signed note"));
    addendum->add_option("ID", *id, _("The note's number"))->required();
    auto* textOption = addendum->add_option("--text", *text, _("The addendum"));
    auto* fileOption = addendum->add_option("--from-file", *file, _("Read the addendum from a text file"))->option_text("FILE");
    textOption->excludes(fileOption);
    addendum->callback([&context, id, text, file] {
        const std::string written = file->empty() ? *text : readFileOption(*file);
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const long long addendumId = practice.sessions().addAddendum(*id, written);
        if (context.json)
            context.printJson({{"id", addendumId}, {"note_id", *id}});
        else
            context.printLine(formatMessage(_("Added addendum {} to session note {}."), addendumId, *id));
    });
}

void addDrafts(CLI::App& session, CliContext& context)
{
    CLI::App* drafts = session.add_subcommand("drafts", _("List the practice's unsigned notes"));
    drafts->callback([&context] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const std::vector<DraftRef> found = practice.sessions().notes().drafts();
        if (context.json) {
            nlohmann::json list = nlohmann::json::array();
            for (const DraftRef& draft : found)
                list.push_back({{"id", draft.id}, {"client_id", draft.clientId},
                                {"client_name", draft.clientName},
                                {"visit_date", isoDate(draft.visitDate)},
                                {"saved_at", draft.savedAt.iso8601()}});
            context.printJson(list);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const DraftRef& draft : found)
            table.push_back({std::to_string(draft.id), draft.clientName, isoDate(draft.visitDate),
                             draft.savedAt.iso8601()});
        context.printTable({_("ID"), _("Client"), _("Visit"), _("Last saved (UTC)")}, table);
        context.printLine(formatMessage(_("{} unsigned notes."), found.size()));
    });
}

void addDiscard(CLI::App& session, CliContext& context)
{
    auto id = std::make_shared<NoteId>(0);
    CLI::App* discard = session.add_subcommand("discard", _("Delete an unsigned note (kept in the audit trail)"));
    discard->add_option("ID", *id, _("The note's number"))->required();
    discard->callback([&context, id] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const SoapNote draft = practice.sessions().note(*id);
        practice.sessions().discardDraft(*id, draft.rowVersion);
        if (context.json)
            context.printJson({{"id", *id}, {"discarded", true}});
        else
            context.printLine(formatMessage(_("Discarded the draft {}."), *id));
    });
}

} // namespace

void addSessionCommand(CLI::App& app, CliContext& context)
{
    CLI::App* session = app.add_subcommand("session", _("Session SOAP notes: add, list, show, sign, addenda"));
    session->require_subcommand(1);
    addAdd(*session, context);
    addList(*session, context);
    addShow(*session, context);
    addSign(*session, context);
    addAddendum(*session, context);
    addDrafts(*session, context);
    addDiscard(*session, context);
}

} // namespace knotwork::cli
