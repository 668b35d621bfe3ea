// The portal's colour theme: the OS setting by default (class `ik-theme-auto`, which the elements'
// dark.css and the portal's styles.css both follow), or the admin's choice from the header's
// Theme menu, kept in this browser. Loaded as a classic script in <head>, so the class is on <html>
// before the first paint and a dark choice never flashes light.

const STORAGE_KEY = 'ik-portal-theme';
const CHOICES = ['system', 'light', 'dark'] as const;
type ThemeChoice = (typeof CHOICES)[number];

const isChoice = (value: unknown): value is ThemeChoice => CHOICES.includes(value as ThemeChoice);

function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isChoice(value) ? value : 'system';
  } catch {
    return 'system'; // storage blocked: follow the OS
  }
}

function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  root.classList.toggle('ik-theme-auto', choice === 'system');
  root.classList.toggle('ik-theme-light', choice === 'light');
  root.classList.toggle('ik-theme-dark', choice === 'dark');
}

function remember(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // storage blocked: the choice lasts until the page is left
  }
}

apply(storedChoice());
document.addEventListener('DOMContentLoaded', () => {
  const menu = document.getElementById('theme');
  if (!(menu instanceof HTMLSelectElement)) return;
  menu.value = storedChoice();
  menu.addEventListener('change', () => {
    const choice = isChoice(menu.value) ? menu.value : 'system';
    apply(choice);
    remember(choice);
  });
});
