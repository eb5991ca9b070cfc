// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace eb {

// Names and the version come from CMake's project() so that --version, the About dialog
// and the package always agree.
inline QString applicationVersion()
{
    return QStringLiteral(EB_VERSION);
}
inline QString applicationId()
{
    return QStringLiteral(EB_APPLICATION_ID);
}
inline QString applicationDisplayName()
{
    return QStringLiteral("Evidence Browser");
}
inline QString executableName()
{
    return QStringLiteral("evidence-browser");
}

} // namespace eb
