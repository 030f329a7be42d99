// session add --from: a SOAP note, checked as a draft and as for signing.
#include "sessions/note_validation.h"
#include "sessions/session_json.h"
#include "tests/fuzz/fuzz_documents.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace knotwork;
    fuzz::fuzzDocument<sessions::SoapNote>(fuzz::asText(data, size), [](const sessions::SoapNote& note) {
        Validator draft;
        sessions::validateNote(note, fuzz::kFuzzToday, draft);
        Validator signing;
        sessions::validateForSigning(note, fuzz::kFuzzToday, signing);
        draft.throwIfAny();
    });
    return 0;
}
