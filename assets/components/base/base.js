// Styles that only make sense with scripts (a folded menu) hang off this class; without it, everything shows.
document.documentElement.classList.add('js');
