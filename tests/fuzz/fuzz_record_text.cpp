// Short texts from outside: a recovery code typed back (key restore), a chain witness from a
// PDF (verify --witness), a key file's hex and an encrypted practice's wrapped key, and the
// dates, times and moments of options and documents. Each is refused or read; what is read
// reads back the same once written out again.
#include <string>

#include "common/calendar_date.h"
#include "common/timestamp.h"
#include "integrity/chain_key.h"
#include "integrity/record_seal.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace knotwork;
    using integrity::ChainKey;
    const std::string_view text = fuzz::asText(data, size);

    if (const auto key = ChainKey::fromRecoveryCode(text); key && ChainKey::fromRecoveryCode(key->recoveryCode()) != key)
        fuzz::finding("a recovery code read does not read back");
    if (const auto key = ChainKey::fromHex(text); key && ChainKey::fromHex(key->hex()) != key)
        fuzz::finding("a key file's hex read does not read back");
    if (const auto head = integrity::ChainHead::fromWitness(text)) {
        const auto again = integrity::ChainHead::fromWitness(head->witness());
        if (!again || again->position != head->position)
            fuzz::finding("a witness read does not read back");
    }
    (void)integrity::unwrapKey(text, "fuzz passphrase");

    fuzz::refusalsAreFine([&] {
        const Date date = parseIsoDate(text, "date");
        if (parseIsoDate(isoDate(date), "date") != date)
            fuzz::finding("a date read does not read back");
    });
    fuzz::refusalsAreFine([&] {
        const TimeOfDay time = parseTimeOfDay(text, "time");
        if (parseTimeOfDay(timeOfDayText(time), "time") != time)
            fuzz::finding("a time read does not read back");
    });
    fuzz::refusalsAreFine([&] {
        const Timestamp moment = Timestamp::fromIso8601(text);
        if (Timestamp::fromIso8601(moment.iso8601()) != moment)
            fuzz::finding("a moment read does not read back");
    });
    return 0;
}
