//! The browser entry point, built by Trunk: mounts the app on the page's `<body>`.

fn main() {
    yew::Renderer::<whosaid::ui::App>::new().render();
}
