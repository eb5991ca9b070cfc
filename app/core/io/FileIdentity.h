// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace eb {

// Whether two paths name the same file: the same absolute path (even before the file
// exists), or, when both exist, the same device and inode (a symbolic or hard link, a
// "../" detour).
bool isSameFile(const QString &first, const QString &second);

} // namespace eb
