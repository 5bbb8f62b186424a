//! Keys work wherever the focus is (but not while typing), and the Help menu comes from the same
//! action table as the menus, buttons and the README.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use csto_atlas::app::HelpWindow;
use csto_atlas::app::actions::Action;
use csto_atlas::dataset::Date;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn space_plays_even_when_a_button_has_the_focus_and_does_not_press_it() {
    let start = Date::from_ymd(2000, 1, 1).unwrap();
    let mut harness = common::harness_on(start);
    harness.get_by_label("Previous event").focus();
    harness.run();
    assert!(harness.get_by_label("Previous event").is_focused());

    harness.key_press(Key::Space);
    harness.step();

    assert!(harness.state().is_playing(), "Space plays");
    assert!(
        harness.state().date() >= start,
        "the focused Previous event button was not pressed: {}",
        harness.state().date()
    );
}

#[test]
fn arrows_step_through_events_wherever_the_focus_is_and_leave_the_focus_alone() {
    let start = Date::from_ymd(2000, 1, 1).unwrap();
    let mut harness = common::harness_on(start);
    harness.get_all_by_label("Armenia").next().unwrap().focus();
    harness.run();

    harness.key_press(Key::ArrowRight);
    harness.run();

    let after = harness.state().date();
    assert!(after > start, "Right went to the next event");
    let next = harness
        .state()
        .timeline()
        .next_after(start.first_day())
        .unwrap();
    assert_eq!(after.first_day(), next.date.first_day());
    assert!(
        harness
            .get_all_by_label("Armenia")
            .next()
            .unwrap()
            .is_focused(),
        "the focus stayed on the list entry"
    );
}

#[test]
fn keys_belong_to_the_text_while_typing_a_path() {
    let start = Date::from_ymd(2000, 1, 1).unwrap();
    let mut harness = common::harness_on(start);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    let field = harness.get_by_role(egui::accesskit::Role::TextInput);
    field.focus();
    harness.run();

    for key in [Key::Space, Key::ArrowRight, Key::Home] {
        harness.key_press(key);
        harness.run();
    }

    assert!(!harness.state().is_playing());
    assert_eq!(harness.state().date(), start);
}

#[test]
fn ctrl_and_a_digit_hide_and_show_the_panels() {
    let mut harness = common::new_harness();
    harness.get_by_label("Layers");
    harness.get_by_label("Previous event");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    assert!(harness.query_by_label("Layers").is_none(), "lists hidden");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    assert!(
        harness.query_by_label("Previous event").is_none(),
        "timeline hidden"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    harness.get_by_label("Layers");
    assert!(!harness.state().saved().preferences.panels.timeline);
}

#[test]
fn ctrl_q_asks_the_window_to_close() {
    let mut harness = common::new_harness();
    // Pressed and read in one frame, so that frame's output carries the request.
    let input = harness.input_mut();
    input.events.push(egui::Event::Key {
        key: Key::Q,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    });
    harness.step();
    let close_requests: usize = harness
        .output()
        .viewport_output
        .values()
        .map(|viewport| {
            viewport
                .commands
                .iter()
                .filter(|c| **c == egui::ViewportCommand::Close)
                .count()
        })
        .sum();
    assert_eq!(close_requests, 1);
}

#[test]
fn help_lists_every_shortcut_of_the_action_table() {
    let mut harness = common::new_harness();
    common::open_menu(&mut harness, "Help");
    harness.get_by_label_contains("Keyboard shortcuts").click();
    harness.run();

    assert_eq!(
        harness.state().help_window(),
        Some(HelpWindow::KeyboardShortcuts)
    );
    for action in Action::ALL {
        if let Some(keys) = action.shortcut_text() {
            // A key may serve one action while exploring and another while presenting.
            assert!(harness.query_all_by_label(&keys).count() >= 1, "{keys}");
            harness.get_by_label(&action.tooltip());
        }
    }
}

#[test]
fn f1_opens_the_shortcuts_and_about_names_version_sources_and_credits() {
    let mut harness = common::new_harness();
    harness.key_press(Key::F1);
    harness.run();
    assert_eq!(
        harness.state().help_window(),
        Some(HelpWindow::KeyboardShortcuts)
    );

    common::open_menu(&mut harness, "Help");
    harness.get_by_label("About CSTO Atlas").click();
    harness.run();

    harness.get_by_label(&format!("CSTO Atlas {}", env!("CARGO_PKG_VERSION")));
    let sources = harness.get_by_label_contains("Every fact quotes its source. Sources: ");
    let sources = sources
        .value()
        .or_else(|| sources.accesskit_node().label())
        .unwrap_or_default();
    assert!(sources.contains("The Diplomat"), "{sources}");
    harness.get_by_label_contains("Natural Earth countries");
    harness.get_by_label_contains("public domain");
    harness.get_by_label_contains("egui and eframe");
}

#[test]
fn the_readme_key_list_is_the_action_table() {
    let readme = include_str!("../README.md");
    let list = Action::markdown_key_list();
    assert!(
        readme.contains(&list),
        "README.md's key list is out of date; it should read:\n{list}"
    );
}

#[test]
fn the_view_menu_shows_each_panel_with_its_shortcut_and_hides_it() {
    let mut harness = common::new_harness();
    harness.get_by_label("Membership over time");
    common::open_menu(&mut harness, "View");
    harness.get_by_label("Details panel Ctrl+2").click();
    harness.run();
    assert!(!harness.state().saved().preferences.panels.details);
    assert!(harness.query_by_label("Membership over time").is_none());
}
