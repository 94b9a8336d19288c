// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/ErrorBanner.h"
#include "common/Palette.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

// Every colour role stays readable (WCAG AA, 4.5:1) in Fusion light and dark, and ui/
// holds no colour of its own outside Palette.cpp.
class TestPalette : public QObject
{
    Q_OBJECT
private:
    static QPalette light()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusion->standardPalette();
    }
    static QPalette dark() // the usual dark Fusion palette
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(53, 53, 53));
        p.setColor(QPalette::WindowText, Qt::white);
        p.setColor(QPalette::Base, QColor(35, 35, 35));
        p.setColor(QPalette::AlternateBase, QColor(53, 53, 53));
        p.setColor(QPalette::Text, Qt::white);
        p.setColor(QPalette::Button, QColor(53, 53, 53));
        p.setColor(QPalette::ButtonText, Qt::white);
        return p;
    }

private slots:
    void everyRoleIsReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<int>("role");
        const QList<Palette::Role> roles {Palette::Role::Error, Palette::Role::Warning,
                                          Palette::Role::Info, Palette::Role::Live,
                                          Palette::Role::Success};
        for (const Palette::Role role : roles) {
            QTest::addRow("light %d", int(role)) << light() << int(role);
            QTest::addRow("dark %d", int(role)) << dark() << int(role);
        }
    }
    void everyRoleIsReadable()
    {
        QFETCH(QPalette, palette);
        QFETCH(int, role);
        const auto r = Palette::Role(role);
        const double min = Palette::minimumContrast;
        const QColor text = Palette::text(r, palette);
        QVERIFY2(Palette::contrast(text, palette.color(QPalette::Window)) >= min,
                 qPrintable(text.name()));
        QVERIFY2(Palette::contrast(text, palette.color(QPalette::Base)) >= min,
                 qPrintable(text.name()));
        QVERIFY(Palette::contrast(Palette::textOnFill(r, palette), Palette::fill(r, palette))
                >= min);
        QVERIFY(Palette::contrast(Palette::textOnBadge(r, palette), Palette::badge(r, palette))
                >= min);
        // The window's own text on a banner's tint (icons, buttons) stays readable too.
        QVERIFY(Palette::contrast(palette.color(QPalette::WindowText), Palette::fill(r, palette))
                >= min);
    }

    void theContrastFormula()
    {
        QCOMPARE(qRound(Palette::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(Palette::contrast(Qt::red, Qt::red), 1.0);
        QVERIFY(Palette::isDark(dark()));
        QVERIFY(!Palette::isDark(light()));
    }

    void theBannerFollowsTheTheme()
    {
        QWidget window;
        window.setPalette(dark());
        auto *banner = new ErrorBanner(&window);
        banner->showInfo(QStringLiteral("Resume?"));
        QVERIFY(banner->styleSheet().contains(Palette::fill(Palette::Role::Info, dark()).name()));
        window.setPalette(light()); // the desktop switched to a light theme
        QTRY_VERIFY(
            banner->styleSheet().contains(Palette::fill(Palette::Role::Info, light()).name()));
    }

    void roleTextFollowsTheTheme()
    {
        QWidget window;
        window.setPalette(dark());
        auto *label = new QLabel(QStringLiteral("Invalid name"), &window);
        Palette::setText(label, Palette::Role::Error);
        QVERIFY(label->styleSheet().contains(Palette::text(Palette::Role::Error, dark()).name()));
        window.setPalette(light());
        QTRY_VERIFY(
            label->styleSheet().contains(Palette::text(Palette::Role::Error, light()).name()));
        Palette::clearText(label);
        QVERIFY(label->styleSheet().isEmpty());
        window.setPalette(dark()); // no longer kept
        QVERIFY(label->styleSheet().isEmpty());
    }

    void noColourLiteralOutsideThePalette()
    {
        const QRegularExpression literal(
            QStringLiteral(R"(#[0-9a-fA-F]{6}\b|QColor\(\s*\d|Qt::(red|green|blue|white|black))"));
        QStringList found;
        QDirIterator it(QStringLiteral(AD_TEST_DATA_DIR "/../../ui"),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral("/Palette.cpp")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                if (QString::fromUtf8(f.readLine()).contains(literal))
                    found << QStringLiteral("%1:%2").arg(QFileInfo(path).fileName()).arg(line);
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", ")));
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
