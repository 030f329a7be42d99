#pragma once
// What the fuzz targets share: a private folder per input, user folders away from the real ones,
// and the one rule of what a target may do with an input: refuse it as the front ends refuse
// input (a knotwork::Error, which they show as a message and an exit code), or take it. Anything
// else (a crash, a sanitizer report, another exception) is a finding: libFuzzer stops and keeps
// the input (docs/FUZZING.md).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "common/error.h"

namespace knotwork::fuzz {

// A new empty folder under the system's temporary folder, removed with its contents.
class TempFolder {
public:
    TempFolder();
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// Points HOME and the XDG folders at `folder` (an input's TempFolder), so nothing a target writes
// (a chain key file, settings) reaches the user's own or outlives the input.
void useUserFoldersIn(const std::filesystem::path& folder);

void writeFile(const std::filesystem::path& file, const std::uint8_t* data, std::size_t size);

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

// Reports a broken property of an input that was taken (say, a document that does not read
// back as it was written) and aborts, so libFuzzer keeps the input.
[[noreturn]] void finding(std::string_view what);

// Runs `body`; a refusal ends it quietly, anything else escapes to libFuzzer.
template <class Body>
void refusalsAreFine(Body&& body)
{
    try {
        body();
    } catch (const Error&) {
    }
}

} // namespace knotwork::fuzz
