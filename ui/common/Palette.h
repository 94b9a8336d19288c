// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

// The few colours the app adds to the theme, as named roles derived from the widget's
// current QPalette (light or dark), like qBittorrent's gui/color.h and KeePassXC's
// StateColorPalette: every role keeps a contrast of at least 4.5:1 (WCAG AA) against
// the background it is drawn on. No colour literal is written anywhere else in ui/.
class Palette
{
public:
    enum class Role { Error, Warning, Info, Live, Success };

    static constexpr double minimumContrast = 4.5;

    // Text in this role on the window's background.
    static QColor text(Role role, const QPalette &palette);
    // A banner or badge: its background, and the text drawn on it.
    static QColor fill(Role role, const QPalette &palette); // a light tint or a dark shade
    static QColor textOnFill(Role role, const QPalette &palette);
    static QColor badge(Role role, const QPalette &palette); // strong, for a label like LIVE
    static QColor textOnBadge(Role role, const QPalette &palette);

    // Keeps `widget`'s text in `role` (or plain, Role-less, with clearText), also when the
    // theme changes (PaletteChange).
    static void setText(QWidget *widget, Role role);
    static void clearText(QWidget *widget);
    static QString textStyle(Role role, const QPalette &palette); // "color: #rrggbb;"
    static QString badgeStyle(Role role, const QPalette &palette); // for a QLabel badge

    static double contrast(const QColor &a, const QColor &b); // WCAG 2 ratio, 1 to 21
    static bool isDark(const QPalette &palette);
};
