# Build habits shared by every target: ccache, warnings, sanitizers, and the two kinds of library
# (domain and outer layer) that enforce docs/ARCHITECTURE.md through include paths and link lists.

find_program(KNOTWORK_CCACHE ccache)
if(KNOTWORK_CCACHE)
    # ccache caches sources compiled with a precompiled header only when it may overlook what it
    # cannot see through the .gch: macros defined before the header and __DATE__/__TIME__ in it
    # (ccache manual, "Precompiled headers"). The headers precompiled below define neither.
    set(CMAKE_C_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros
        ${KNOTWORK_CCACHE})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_C_COMPILER_LAUNCHER})
endif()

# LLD links a test executable in about a tenth of GNU ld's time (7.4 s against 0.9 s for the GUI
# tests), which counts in CI, where every configuration is linked from scratch.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld KNOTWORK_HAVE_LLD)
if(KNOTWORK_HAVE_LLD)
    add_link_options(-fuse-ld=lld)
endif()

add_compile_options(-Wall -Wextra -Wpedantic)
# Optimised builds are what people run and what the Debian package ships, so they get the
# hardening Debian gives its own packages (dpkg-buildflags with hardening=+all). Debug builds are
# left alone: _FORTIFY_SOURCE needs optimisation, and the test builds keep their ccache hits.
set(knotwork_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
add_compile_definitions("$<${knotwork_optimised}:_FORTIFY_SOURCE=2>")
add_compile_options("$<${knotwork_optimised}:-fstack-protector-strong;-fstack-clash-protection;-fcf-protection;-Wformat;-Werror=format-security>")
add_link_options("$<${knotwork_optimised}:LINKER:-z,relro,-z,now>")
if(KNOTWORK_SANITIZE)
    # vptr checks need the typeinfo of every polymorphic class they meet, and Debian's SOCI does
    # not export that of its backend classes, so the link would fail; the rest of UBSan stays on.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize=vptr -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
if(KNOTWORK_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "the fuzzers need clang's libFuzzer: configure with the fuzz preset")
    endif()
    # Every library gets libFuzzer's coverage counters and the sanitizers; only the fuzz targets
    # link libFuzzer's main (tests/fuzz). -O1 as libFuzzer recommends: fast, yet readable stacks.
    add_compile_options(-O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=vptr
                        -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# One set of include roots for every folder: "db/…", "reports/…" and "app/…" from the project
# root, a feature's "clients/…" or the bottom floor's "common/…" from modules/. A path means the
# same file wherever it is written.
include_directories(${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/modules)

# The layers of docs/ARCHITECTURE.md, enforced by the compiler: a layer that must not see storage
# or PDF gets a directory of same-named headers, searched first, that stop the build with a
# message saying why. wx headers are not on the default include path, so domain code already
# fails to include them.
set(KNOTWORK_STORAGE_GUARD_DIR ${PROJECT_BINARY_DIR}/layer-guard/storage)
set(KNOTWORK_PDF_GUARD_DIR ${PROJECT_BINARY_DIR}/layer-guard/pdf)
file(REMOVE_RECURSE ${PROJECT_BINARY_DIR}/layer-guard)
file(GLOB knotwork_db_headers RELATIVE ${PROJECT_SOURCE_DIR} CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/db/*.h)
foreach(header IN ITEMS soci/soci.h soci/session.h soci/sqlite3/soci-sqlite3.h
                        soci/postgresql/soci-postgresql.h sqlite3.h ${knotwork_db_headers})
    file(WRITE ${KNOTWORK_STORAGE_GUARD_DIR}/${header}
        "#error \"this layer must not include ${header}: storage belongs in db/, and only app/ opens a practice; domain code, screens and reports work through the services (docs/ARCHITECTURE.md)\"\n")
endforeach()
file(WRITE ${KNOTWORK_PDF_GUARD_DIR}/hpdf.h
    "#error \"this layer must not include hpdf.h: PDF belongs in reports/ (docs/ARCHITECTURE.md)\"\n")

# Precompiled headers: the heavy third-party headers are parsed once per layer, not once per
# source file (a wx source compiles in about half the time). Each layer's headers are compiled by
# a small target of their own, knotwork_pch_<layer>, whose compile flags are those of the layer's
# targets (it links the same libraries), and every target of the layer reuses that one .gch; GCC
# rejects a .gch built with other macros (-Winvalid-pch, an error in the test preset). Only
# third-party headers are listed: a project header here would rebuild the whole layer whenever it
# changed, and would put the checkout's path into the .gch, so ccache would miss in a new clone.
# A source must still include what it uses: configured with -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON,
# the build shows what a source forgot.
set(knotwork_pch_common_headers
    <algorithm> <filesystem> <functional> <map> <memory> <optional> <set> <sstream> <string>
    <string_view> <vector>
    <boost/date_time/gregorian/greg_date.hpp> <boost/date_time/posix_time/posix_time_types.hpp>
    <fmt/format.h>)
set(knotwork_pch_wx_headers
    <wx/button.h> <wx/checkbox.h> <wx/choice.h> <wx/dialog.h> <wx/intl.h> <wx/panel.h>
    <wx/settings.h> <wx/sizer.h> <wx/stattext.h> <wx/string.h> <wx/textctrl.h>)
set(knotwork_pch_test_headers <gmock/gmock.h> <gtest/gtest.h>)
# <layer>: the headers, then the libraries whose compile flags the layer's targets share.
set(knotwork_pch_domain ${knotwork_pch_common_headers}
    LINKS Boost::date_time fmt::fmt)
set(knotwork_pch_db ${knotwork_pch_common_headers} <nlohmann/json.hpp> <soci/soci.h>
    LINKS Boost::date_time fmt::fmt nlohmann_json::nlohmann_json SOCI::core)
set(knotwork_pch_cli ${knotwork_pch_common_headers} <iostream> <nlohmann/json.hpp> <CLI/App.hpp>
    LINKS Boost::date_time fmt::fmt nlohmann_json::nlohmann_json CLI11::CLI11)
set(knotwork_pch_wx ${knotwork_pch_common_headers} ${knotwork_pch_wx_headers}
    LINKS Boost::date_time fmt::fmt Knotwork::wx)
set(knotwork_pch_test ${knotwork_pch_common_headers} ${knotwork_pch_test_headers}
    LINKS Boost::date_time fmt::fmt GTest::gtest GTest::gmock)
set(knotwork_pch_gui_test ${knotwork_pch_common_headers} ${knotwork_pch_wx_headers}
    ${knotwork_pch_test_headers}
    LINKS Boost::date_time fmt::fmt Knotwork::wx GTest::gtest GTest::gmock)

# knotwork_precompiled_headers(<target> <layer>): <target> uses the layer's precompiled headers.
function(knotwork_precompiled_headers target layer)
    set(holder knotwork_pch_${layer})
    if(NOT TARGET ${holder})
        cmake_parse_arguments(pch "" "" "LINKS" ${knotwork_pch_${layer}})
        set(source ${PROJECT_BINARY_DIR}/pch/${layer}.cpp)
        file(CONFIGURE OUTPUT ${source}
            CONTENT "// Compiles the ${layer} layer's precompiled headers (cmake/KnotworkBuild.cmake).\n")
        add_library(${holder} OBJECT ${source})
        target_link_libraries(${holder} PRIVATE ${pch_LINKS})
        target_precompile_headers(${holder} PRIVATE ${pch_UNPARSED_ARGUMENTS})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${holder})
endfunction()

# knotwork_domain_library(<name> SOURCES ... [DEPENDS ...])
# A library of modules/: standard library, Boost, fmt, nlohmann_json and simdjson only; no storage,
# no PDF, no wx.
function(knotwork_domain_library name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;DEPENDS")
    add_library(${name} STATIC ${arg_SOURCES})
    target_include_directories(${name} BEFORE PRIVATE ${KNOTWORK_STORAGE_GUARD_DIR} ${KNOTWORK_PDF_GUARD_DIR})
    target_link_libraries(${name} PUBLIC ${arg_DEPENDS})
    knotwork_precompiled_headers(${name} domain)
endfunction()

# knotwork_outer_library(<name> [PCH <layer>] SOURCES ... [DEPENDS ...])
# A library of a ui/ folder or of reports/: it may use wx or libharu as its link list says, but
# never storage: what it shows or prints comes from the services. <layer> names the precompiled
# headers it shares: wx for screens, domain for reports.
function(knotwork_outer_library name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "PCH" "SOURCES;DEPENDS")
    add_library(${name} STATIC ${arg_SOURCES})
    target_include_directories(${name} BEFORE PRIVATE ${KNOTWORK_STORAGE_GUARD_DIR})
    target_link_libraries(${name} PUBLIC ${arg_DEPENDS})
    if(arg_PCH)
        knotwork_precompiled_headers(${name} ${arg_PCH})
    endif()
endfunction()

# knotwork_embed_files(<target> FUNCTION <qualified::name> BASE_DIR <dir> FILES <relative paths>)
# Compiles the files' text into <target>; `std::span<const EmbeddedFile> name()` returns them,
# in the order given. Declare the function in a header of the target.
function(knotwork_embed_files target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "FUNCTION;BASE_DIR" "FILES")
    string(REGEX MATCH "^(.*)::([^:]+)$" _ ${arg_FUNCTION})
    set(namespace ${CMAKE_MATCH_1})
    set(function ${CMAKE_MATCH_2})
    set(output ${CMAKE_CURRENT_BINARY_DIR}/generated/${function}.cpp)
    set(inputs "")
    foreach(file IN LISTS arg_FILES)
        list(APPEND inputs ${arg_BASE_DIR}/${file})
    endforeach()
    string(REPLACE ";" "|" files "${arg_FILES}")
    add_custom_command(
        OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -DBASE_DIR=${arg_BASE_DIR} "-DFILES=${files}" -DOUTPUT=${output}
                -DNAMESPACE=${namespace} -DFUNCTION=${function}
                -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
        DEPENDS ${inputs} ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
        COMMENT "Embedding ${function}"
        VERBATIM)
    target_sources(${target} PRIVATE ${output})
endfunction()
