//! The browser build's side of things: the page's entry point (which starts the same
//! [`AtlasApp`] as the desktop window, on the page's canvas), the one place in the browser build
//! that reads the clock and that sets up logging (to the browser's console). What else differs
//! in a browser is in `platform`. Built only for `wasm32` (see `scripts/web.sh`).

use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;

use crate::app::{AtlasApp, StartOptions};
use crate::dataset::Date;
use crate::i18n::Language;

/// The id of the canvas in `index.html` that the app draws on.
const CANVAS_ID: &str = "csto_atlas_canvas";

/// Starts the app on the page's canvas once the module is loaded.
#[wasm_bindgen(start)]
pub fn start() -> Result<(), JsValue> {
    // The page has no standard error: warnings and errors (the app's, eframe's, wgpu's) go to
    // the browser's console.
    eframe::WebLogger::init(log::LevelFilter::Warn)
        .map_err(|err| JsValue::from_str(&err.to_string()))?;
    let options = StartOptions {
        system_language: browser_language(),
        ..StartOptions::new(today()?)
    };
    let canvas = document()?
        .get_element_by_id(CANVAS_ID)
        .ok_or_else(|| JsValue::from_str(&format!("the page has no canvas #{CANVAS_ID}")))?
        .dyn_into::<web_sys::HtmlCanvasElement>()?;
    wasm_bindgen_futures::spawn_local(async move {
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                web_options(),
                Box::new(move |cc| Ok(Box::new(AtlasApp::new(&cc.egui_ctx, cc.storage, options)))),
            )
            .await;
        if let Err(err) = started {
            web_sys::console::error_2(&"csto-atlas: cannot start:".into(), &err);
        }
    });
    Ok(())
}

/// How eframe draws on the page: through WebGL, without first asking for WebGPU. The window's
/// drawing is a picture of the map and egui's panels, which WebGL draws as well; and where there
/// is no GPU driver (a classroom PC drawing through SwiftShader), asking for a WebGPU adapter
/// only to be refused cost the first paint a tenth of a second.
fn web_options() -> eframe::WebOptions {
    let mut options = eframe::WebOptions::default();
    if let eframe::egui_wgpu::WgpuSetup::CreateNew(setup) = &mut options.wgpu_options.wgpu_setup {
        setup.instance_descriptor.backends = eframe::wgpu::Backends::GL;
    }
    options
}

/// The language the browser says its user reads (`navigator.language`), as the desktop's `main`
/// reads the system's locale.
fn browser_language() -> Language {
    web_sys::window()
        .and_then(|window| window.navigator().language())
        .map_or(Language::English, |tag| Language::for_locale(&tag))
}

/// Today's date by the browser's clock, as the desktop's `main` reads it from the computer's.
#[allow(clippy::disallowed_methods)] // the one place the browser build reads the clock
fn today() -> Result<Date, JsValue> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        i32::try_from(now.get_full_year()).map_err(|_| "the browser's year is out of range")?,
        now.get_month() + 1,
        now.get_date(),
    )
    .map(Date::from_day)
    .ok_or_else(|| JsValue::from_str("the browser's clock gives an impossible date"))
}

fn document() -> Result<web_sys::Document, JsValue> {
    web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| JsValue::from_str("no document: not running in a web page"))
}
