//! The story handout a teacher gives the class: `csto-atlas export --story` writes one PDF with a
//! page per slide and a sources page (or numbered PNGs), and File ▸ Export story… writes the same
//! PDF from the window.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::{export_command, temp_dir};

use csto_atlas::dataset::LoadedDataset;
use csto_atlas::earth::world::world;
use csto_atlas::facts::describe::article_date;
use egui_kittest::kittest::Queryable;

const CSTO_JSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/csto.json");

fn csto() -> LoadedDataset {
    world().csto()
}

/// The text of a PDF's page (counting from 1), its white space folded to single spaces.
fn page_text(pdf: &lopdf::Document, page: u32) -> String {
    let text = pdf.extract_text(&[page]).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `n` words of `text`.
fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_handout_pdf_has_a_page_per_slide_then_the_sources_each_quoting_what_it_rests_on() {
    let dataset = csto();
    let story = &dataset.data.story;
    let out = temp_dir("pdf").join("story.pdf");
    let output = export_command(&[CSTO_JSON, "--story", "--out", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let pdf = lopdf::Document::load(&out).unwrap();
    let pages = pdf.get_pages();
    assert_eq!(
        pages.len(),
        story.len() + 1,
        "a page per slide and the sources"
    );
    let media_box = pdf
        .get_object(pages[&1])
        .and_then(|page| page.as_dict()?.get(b"MediaBox")?.as_array().cloned())
        .unwrap();
    let size: Vec<f32> = media_box.iter().map(|v| v.as_float().unwrap()).collect();
    assert_eq!(
        size,
        [0.0, 0.0, 1440.0, 810.0],
        "1920×1080 px at 96 per inch"
    );

    for (number, slide) in (1..).zip(story) {
        let text = page_text(&pdf, number);
        assert!(text.contains(&slide.title), "page {number}: {text}");
        assert!(
            text.contains(&first_words(&slide.caption, 4)),
            "page {number} lacks its caption: {text}"
        );
        let excerpt = dataset.excerpt(&slide.excerpts[0]).unwrap();
        let article = dataset.article(&excerpt.article).unwrap();
        assert!(
            text.contains(&first_words(&excerpt.text, 3)),
            "page {number} lacks its excerpt: {text}"
        );
        assert!(
            text.contains(&format!("— {}, {}", article.outlet, article_date(article))),
            "page {number} lacks the excerpt's outlet and date: {text}"
        );
    }
    let sources = page_text(&pdf, story.len() as u32 + 1);
    assert!(sources.starts_with("Sources"), "{sources}");
    assert!(sources.contains("The Diplomat"), "{sources}");
    assert!(sources.contains("Natural Earth"), "{sources}");
}

#[test]
fn a_folder_gets_numbered_pngs_of_the_size_asked() {
    let dataset = csto();
    let story = &dataset.data.story;
    // A dot in a folder's name is not a file extension.
    let dir = temp_dir("pngs").join("class 9.b");
    let output = export_command(&[
        CSTO_JSON,
        "--story",
        "--size",
        "960x540",
        "--out",
        &format!("{}/", dir.display()),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = (1..)
        .zip(story)
        .map(|(i, slide)| format!("{i:02}-{}.png", slide.id))
        .collect();
    expected.push(format!("{:02}-sources.png", story.len() + 1));
    assert_eq!(names, expected);
    let page = image::open(dir.join(&expected[0])).unwrap();
    assert_eq!((page.width(), page.height()), (960, 540));
}

#[test]
fn a_dataset_without_a_story_is_refused_with_a_clear_message() {
    let dir = temp_dir("no-story");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(CSTO_JSON).unwrap()).unwrap();
    json.as_object_mut().unwrap().remove("story");
    let file = dir.join("no-story.json");
    std::fs::write(&file, json.to_string()).unwrap();
    let out = dir.join("story.pdf");
    let output = export_command(&[
        file.to_str().unwrap(),
        "--story",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("has no story"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn story_arguments_that_do_not_fit_exit_2_and_name_them() {
    let dir = temp_dir("bad");
    let pdf = dir.join("story.pdf");
    let pdf = pdf.to_str().unwrap();
    for (args, named) in [
        (vec!["--story", "--at", "2020", "--out", pdf], "--at"),
        (vec!["--story", "--title", "Mine", "--out", pdf], "--title"),
        (
            vec!["--story", "--view", "70,40,3000", "--out", pdf],
            "--view",
        ),
        (
            vec!["--story", "--from", "1992", "--to", "2000", "--out", pdf],
            "--from",
        ),
        (vec!["--story", "--out", "story.svg"], "story.svg"),
    ] {
        let output = export_command(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(named), "{args:?}: {stderr}");
    }
    assert!(!Path::new(pdf).exists());
}

#[test]
fn file_export_story_writes_the_handout_pdf_in_the_background_and_says_where() {
    let target = temp_dir("app").join("class.pdf");
    let mut harness = common::new_harness();
    common::open_menu(&mut harness, "File");
    harness.get_by_label_contains("Export story…").click();
    harness.run();
    let field = harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|node| node.value().is_some_and(|v| v.ends_with("csto-story.pdf")))
        .expect("the typed path offers a name for the handout");
    field.set_text_value_accesskit(target.to_str().unwrap());
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();

    let pages = csto().data.story.len() + 1;
    let done = format!(
        "Exported the story handout ({pages} pages) to {}",
        target.display()
    );
    for _ in 0..600 {
        if harness.query_by_label_contains(&done).is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    harness.get_by_label_contains(&done);
    harness.get_by_label("Open folder");
    let pdf = lopdf::Document::load(&target).unwrap();
    assert_eq!(pdf.get_pages().len(), pages);
}
