// Public surface of integrations/. Other parts import only from here.
export {};
