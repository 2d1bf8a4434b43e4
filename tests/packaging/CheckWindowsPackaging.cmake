# The Windows installer's settings, checked on Linux where WiX cannot run: a stable upgrade code,
# per-machine scope, a Start menu shortcut, the service patch, icon and licence present.
# Usage: cmake -DSOURCE_DIR=<repo> -P CheckWindowsPackaging.cmake
set(PROJECT_VERSION 0.1.0)
set(PROJECT_HOMEPAGE_URL "https://comptoir.example")
set(CMAKE_CURRENT_LIST_DIR "${SOURCE_DIR}/packaging/windows")
include(${SOURCE_DIR}/packaging/windows/WixSettings.cmake)

function(expect variable expected)
    if(NOT "${${variable}}" STREQUAL "${expected}")
        message(FATAL_ERROR "${variable} is '${${variable}}', expected '${expected}'")
    endif()
endfunction()

# Changing it breaks upgrades of every installed shop: this test is the reminder.
expect(CPACK_WIX_UPGRADE_GUID "7839449C-FD3F-4DE3-AC6D-E75965B3FECE")
expect(CPACK_GENERATOR WIX)
expect(CPACK_WIX_INSTALL_SCOPE perMachine)
expect(CPACK_PACKAGE_EXECUTABLES "comptoir;Comptoir")
expect(CPACK_COMPONENT_SERVER_DISABLED ON)
if(NOT CPACK_PACKAGE_VERSION MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
    message(FATAL_ERROR "MSI versions are numeric, not '${CPACK_PACKAGE_VERSION}'")
endif()
foreach(file CPACK_WIX_PRODUCT_ICON CPACK_WIX_LICENSE_RTF CPACK_WIX_PATCH_FILE)
    if(NOT EXISTS "${${file}}")
        message(FATAL_ERROR "${file}: ${${file}} does not exist")
    endif()
endforeach()

# The workflow builds with a Qt >= 6.5 SDK and produces the MSI.
file(READ ${SOURCE_DIR}/.github/workflows/windows.yml workflow)
foreach(needle "windows-" "cpack -G WIX" "ctest" "6.5")
    string(FIND "${workflow}" "${needle}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR ".github/workflows/windows.yml lacks '${needle}'")
    endif()
endforeach()
message(STATUS "OK: Windows packaging settings")
