document.getElementById("app")!.textContent = "geokg viewer";
