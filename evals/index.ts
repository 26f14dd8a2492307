// Public surface of evals/. Other parts import only from here.
export {};
